<?php
/**
 * The production database settings. These get merged with the global settings.
 */
return array(
	'default' => array(
		'connection'  => array(
			'dsn'        => 'mysql:host=db-master.shop.lan;dbname=fuel_shop', // tfl-eval: hardcoded-backing-service
			'username'   => 'fuelshop',
			'password'   => 'Fu3lPHP-shop!', // tfl-eval: hardcoded-credential
		),
		'profiling' => false,
	),
);
