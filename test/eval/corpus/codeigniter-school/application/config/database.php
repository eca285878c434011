<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
	'username' => 'school_app',
	'password' => 'Ember987*lr7', // tfl-eval: hardcoded-credential
	'database' => 'school',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
);

$db['reports']['hostname'] = 'reports-db.internal'; // tfl-eval: hardcoded-backing-service
$db['reports']['username'] = 'reports_ro';
$db['reports']['password'] = 'Summit8435*ro6'; // tfl-eval: hardcoded-credential
$db['reports']['database'] = 'reports';
$db['reports']['dbdriver'] = 'mysqli';
