<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = getenv('CLINIC_BASE_URL') ?: '';
$config['index_page'] = '';
$config['uri_protocol']	= 'REQUEST_URI';
$config['language']	= 'english';
$config['charset'] = 'UTF-8';
$config['enable_hooks'] = FALSE;
$config['subclass_prefix'] = 'MY_';
$config['composer_autoload'] = FALSE;
$config['log_threshold'] = 1;
$config['log_path'] = '';

/*
|--------------------------------------------------------------------------
| Encryption Key
|--------------------------------------------------------------------------
|
| If you use the Encryption class, you must set an encryption key.
| See the user guide for more info.
|
| https://codeigniter.com/user_guide/libraries/encryption.html
|
*/
$config['encryption_key'] = hex2bin(getenv('CLINIC_ENCRYPTION_KEY')); // tfl-eval-not: hardcoded-credential

$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'clinic_session';
$config['sess_expiration'] = 7200;
$config['sess_save_path'] = 'ci_sessions';
$config['sess_match_ip'] = FALSE;
$config['sess_time_to_update'] = 300;
$config['cookie_prefix']	= '';
$config['cookie_secure']	= TRUE;
$config['cookie_httponly'] 	= TRUE;
$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'csrf_clinic'; // tfl-eval-not: hardcoded-credential
$config['csrf_cookie_name'] = 'csrf_cookie_clinic';
