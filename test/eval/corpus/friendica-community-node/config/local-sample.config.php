<?php

// Copy to local.config.php and fill in.
return [
	'database' => [
		'hostname' => 'localhost', // tfl-eval: hardcoded-backing-service
		'username' => 'mysqlusername',
		'password' => 'mysqlpassword', // tfl-eval-not: hardcoded-credential
		'database' => 'mysqldatabasename',
	],
];
