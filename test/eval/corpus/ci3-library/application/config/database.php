<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
	'username' => 'library',
	'password' => 'Juniper!3544walnut', // tfl-eval: hardcoded-credential
	'database' => 'library',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
);

$db['reporting']['hostname'] = 'reports-replica.library.internal'; // tfl-eval: hardcoded-backing-service
$db['reporting']['username'] = 'reporter';
$db['reporting']['password'] = 'marlin87$'; // tfl-eval: hardcoded-credential
$db['reporting']['database'] = 'library';
$db['reporting']['dbdriver'] = 'mysqli';
