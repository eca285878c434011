<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://school.example.edu/';
$config['index_page'] = '';
$config['language']	= 'english';
$config['charset'] = 'UTF-8';
$config['enable_hooks'] = FALSE;

/*
| If you use the Encryption class, you must set an encryption key.
*/
$config['encryption_key'] = hex2bin('2d9813e3743a96a47cfc27001f2f6b75'); // tfl-eval: hardcoded-credential

$config['sess_driver'] = 'database';
$config['sess_cookie_name'] = 'ci_session';
$config['sess_expiration'] = 7200;
$config['sess_save_path'] = 'ci_sessions';

$config['cookie_prefix']	= '';
$config['csrf_protection'] = TRUE;
$config['csrf_token_name'] = 'csrf_school_token'; // tfl-eval-not: hardcoded-credential
$config['csrf_cookie_name'] = 'csrf_school_cookie';
