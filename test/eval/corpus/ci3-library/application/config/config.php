<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = '';
$config['index_page'] = 'index.php';
$config['language']	= 'english';
$config['charset'] = 'UTF-8';
$config['encryption_key'] = 'b9509bae91d1166a09bcc6ef4a53e215'; // tfl-eval: hardcoded-credential
$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'ci_session';
$config['sess_expiration'] = 7200;
$config['sess_save_path'] = 'ci_sessions';
$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'csrf_token_name'; // tfl-eval-not: hardcoded-credential
$config['csrf_cookie_name'] = 'csrf_cookie_name';
$config['log_threshold'] = 1;
