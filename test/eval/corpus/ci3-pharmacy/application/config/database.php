<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
	'username' => 'pharmacy',
	'password' => 'Urpsq82#e9G3', // tfl-eval: hardcoded-credential
	'database' => 'pharmacy',
	'dbdriver' => 'mysqli',
	'db_debug' => (ENVIRONMENT !== 'production'),
);
