<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://pharmacy.example.org/';
$config['encryption_key'] = '3be9bc472cbad8edff00e97f87c4c147'; // tfl-eval: hardcoded-credential
$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'ci_session'; // tfl-eval-not: hardcoded-credential
$config['csrf_token_name'] = 'csrf_test_name'; // tfl-eval-not: hardcoded-credential
