<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => '118.31.9.207', // tfl-eval: hardcoded-backing-service
	'username' => 'mesa',
	'password' => 'abc294716', // tfl-eval: hardcoded-credential
	'database' => 'mesa_ayuda',
	'dbdriver' => 'mysqli',
	'db_debug' => (ENVIRONMENT !== 'production'),
);

$db['local'] = array(
	'hostname' => 'localhost',
	'username' => 'root',
	'password' => 'abc', // tfl-eval-not: hardcoded-credential
	'database' => 'mesa_ayuda',
	'dbdriver' => 'mysqli',
);
