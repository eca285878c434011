<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://blog.example.org/';
$config['index_page'] = '';
$config['language']	= 'english';

/*
| If you use the Encryption class, you must set an encryption key.
*/
$config['encryption_key'] = 'quillAndHarbor'; // tfl-eval: hardcoded-credential

$config['sess_driver'] = 'files'; // tfl-eval: memory-session-store
$config['sess_cookie_name'] = 'ci_session';
$config['sess_expiration'] = 7200;
$config['cookie_prefix']	= '';
$config['csrf_token_name'] = 'csrf_test_name';
