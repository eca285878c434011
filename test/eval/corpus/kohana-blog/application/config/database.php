<?php defined('SYSPATH') or die('No direct access allowed.');

return array
(
	'default' => array
	(
		'type'       => 'MySQLi',
		'connection' => array(
			'hostname'   => 'localhost',
			'database'   => 'kohana_blog',
			'username'   => 'blog',
			'password'   => 'k0hana-Bl0g', // tfl-eval: hardcoded-credential
			'persistent' => FALSE,
		),
		'table_prefix' => '',
		'charset'      => 'utf8',
		'caching'      => FALSE,
	),
	'legacy' => array
	(
		'type'       => 'PDO',
		'connection' => array(
			'dsn'        => 'mysql:host=10.1.1.9;dbname=blog_v1', // tfl-eval: hardcoded-backing-service
			'username'   => 'reader',
			'password'   => 'legacyRead99', // tfl-eval: hardcoded-credential
			'persistent' => FALSE,
		),
	),
);
