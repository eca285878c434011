<?php if (!defined('BASEPATH')) exit('No direct script access allowed');

$config['save_tmpl_files'] = 'y';
$config['base_url'] = 'https://journal.example.org/';
$config['site_license_key'] = '';
$config['encryption_key'] = 'dada4234d022e0f1e65e9b9e0832363e4fd8f132'; // tfl-eval: hardcoded-credential
$config['session_crypt_key'] = '7c0d0318446e7ab734edb32a4785d94b0c9410fe'; // tfl-eval: hardcoded-credential
$config['database'] = array(
	'expressionengine' => array(
		'hostname' => getenv('DB_HOST'),
		'database' => 'journal_ee',
		'username' => 'journal_ee',
		'password' => 'jqv#uC+*BD0dps!i', // tfl-eval: hardcoded-credential
		'dbprefix' => 'exp_',
		'char_set' => 'utf8mb4',
		'dbcollat' => 'utf8mb4_unicode_ci',
		'port'     => ''
	),
);
$config['show_ee_news'] = 'n';
$config['email_smtp_crypto'] = 'tls';
$config['smtp_server'] = getenv('SMTP_HOST');
$config['smtp_username'] = 'journal@example.org';
$config['smtp_password'] = 'alK80CiviS#U*A95'; // tfl-eval: hardcoded-credential
$config['password_lockout'] = 'y'; // tfl-eval-not: hardcoded-credential
$config['password_security_policy'] = 'good'; // tfl-eval-not: hardcoded-credential

// EOF
