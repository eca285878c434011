<?php
/**
 * Database configuration class.
 *
 * You can specify multiple configurations for production, development and testing.
 */
class DATABASE_CONFIG {

	public $default = array(
		'datasource' => 'Database/Mysql',
		'persistent' => false,
		'host' => 'fieldsvc-db.internal', // tfl-eval: hardcoded-backing-service
		'login' => 'fieldsvc',
		'password' => 'KJJy_G08ix4ZbyR62H', // tfl-eval: hardcoded-credential
		'database' => 'fieldsvc',
		'prefix' => '',
		'encoding' => 'utf8',
	);

	public $test = array(
		'datasource' => 'Database/Mysql',
		'persistent' => false,
		'host' => 'localhost',
		'login' => 'user',
		'password' => 'password', // tfl-eval-not: hardcoded-credential
		'database' => 'test_database_name',
		'prefix' => '',
	);
}
