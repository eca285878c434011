<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://toko.example.id/';
$config['index_page'] = '';
$config['encryption_key'] = 'encryption_key'; // tfl-eval: hardcoded-credential
$config['sess_driver'] = 'files'; // tfl-eval: memory-session-store
$config['sess_cookie_name'] = 'ci_session'; // tfl-eval-not: hardcoded-credential
$config['csrf_token_name'] = 'csrf_token'; // tfl-eval-not: hardcoded-credential
