<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$config['base_url'] = 'https://booking.example.org/';
$config['language'] = 'indonesia';
$config['sess_cookie_name'] = 'bk_session'; // tfl-eval-not: hardcoded-credential
$config['encryption_key'] = 'dev.rumahsakit21april2016'; // tfl-eval: hardcoded-credential
$config['sess_driver'] = 'database';
$config['lang_key'] = 'auth.password_reset'; // tfl-eval-not: hardcoded-credential
