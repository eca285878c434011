<?php

// Local configuration of the community node; the installer wrote it, ops edited it.
return [
	'database' => [
		'hostname' => 'mariadb', // tfl-eval: hardcoded-backing-service
		'username' => 'friendica',
		'password' => 'axxIg3rWNrNaRnac*7', // tfl-eval: hardcoded-credential
		'database' => 'friendica',
		'charset' => 'utf8mb4',
	],
	'config' => [
		'admin_email' => 'admin@social.example.org',
		'sitename' => 'Riverside Community',
		'register_policy' => \Friendica\Module\Register::APPROVE,
		'max_import_size' => 200000,
	],
	'system' => [
		'default_timezone' => 'Europe/Berlin',
		'language' => 'de',
		'smtp_server' => 'smtp.example.org',
		'smtp_user' => 'friendica@example.org',
		'smtp_pass' => 'XdsCL9xOFcwqawPkdKvo', // tfl-eval: hardcoded-credential
	],
];
