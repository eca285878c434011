<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'localhost',
	'username' => getenv('LIB_DB_USER'),
	'password' => getenv('LIB_DB_PASS'),
	'database' => 'perpustakaan',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
);
