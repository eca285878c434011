<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => 'mysql.mautic.lan', // tfl-eval: hardcoded-backing-service
	'db_table_prefix' => null,
	'db_port' => '3306',
	'db_name' => 'mautic',
	'db_user' => 'mautic',
	'db_password' => 'M4utic-mkt#db', // tfl-eval: hardcoded-credential
	'mailer_from_name' => 'Acme Marketing',
	'mailer_transport' => 'smtp',
	'mailer_host' => 'smtp.eu.mailgun.org', // tfl-eval: hardcoded-backing-service
	'mailer_port' => '587',
	'mailer_user' => 'postmaster@mg.acme-marketing.example',
	'mailer_password' => '5cff16e8cc1b88cf43954e75196c7dd4-2af183ba-9c3e81d2', // tfl-eval: hardcoded-credential
	'secret_key' => '1a602166294016fd479670b66690335f6368bb4b4c4b3bde92c657a033aa99b6', // tfl-eval: hardcoded-credential
	'site_url' => 'https://marketing.acme.example',
	'rememberme_key' => '8ae30d749a894ae0bbf4fb205970f639', // tfl-eval: hardcoded-credential
);
