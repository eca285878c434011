<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://hr.acme.example/';
$config['index_page'] = '';
$config['language'] = 'english';
$config['charset'] = 'UTF-8';

/*
|--------------------------------------------------------------------------
| Encryption Key
|--------------------------------------------------------------------------
| If you use the Encryption class, you must set an encryption key.
*/
$config['encryption_key'] = hex2bin('ec915dcc00526d0c6c12b3adfb5dcbf6cfa1bb495e5e543da61c47ed17b605ad'); // tfl-eval: hardcoded-credential

$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'hr_session'; // tfl-eval-not: hardcoded-credential
$config['sess_expiration'] = 7200;
$config['sess_save_path'] = 'ci_sessions';

$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'csrf_hr_token'; // tfl-eval-not: hardcoded-credential
$config['csrf_cookie_name'] = 'csrf_hr_cookie';
