<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => '127.0.0.1',
	'username' => getenv('LIB_DB_USER'),
	'password' => getenv('LIB_DB_PASS'),
	'database' => 'perpustakaan',
	'dbdriver' => 'mysqli',
);

$db['reporting'] = array(
	'hostname' => 'reports-db.perpus-internal.net', // tfl-eval: hardcoded-backing-service
	'username' => getenv('REPORT_DB_USER'),
	'password' => getenv('REPORT_DB_PASS'),
	'database' => 'laporan',
	'dbdriver' => 'mysqli',
);
