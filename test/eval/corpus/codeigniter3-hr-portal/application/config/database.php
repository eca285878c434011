<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => getenv('HR_DB_HOST') ?: 'localhost',
	'username' => 'hr_portal',
	'password' => getenv('HR_DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
	'database' => 'hr',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'char_set' => 'utf8mb4',
	'dbcollat' => 'utf8mb4_unicode_ci',
);

$db['payroll'] = array(
	'dsn'	=> 'mysql:host=payroll-db.internal;dbname=payroll', // tfl-eval: hardcoded-backing-service
	'username' => 'hr_payroll_ro',
	'password' => '#4REC8aG9@S5EtbG1-', // tfl-eval: hardcoded-credential
	'dbdriver' => 'pdo',
);
