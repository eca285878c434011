<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
return array(
	'components' => array(
		'db' => array(
			'connectionString' => 'mysql:host=db.panel.lan;port=3306;dbname=limesurvey;', // tfl-eval: hardcoded-backing-service
			'emulatePrepare' => true,
			'username' => 'limesurvey',
			'password' => 'L1meSurvey!panel', // tfl-eval: hardcoded-credential
			'charset' => 'utf8mb4',
			'tablePrefix' => 'lime_',
		),
		'session' => array(
			'sessionName' => 'LS-PANELSESSION',
			'cookieParams' => array('secure' => true, 'httponly' => true),
		),
		'urlManager' => array(
			'urlFormat' => 'path',
			'rules' => array(),
			'showScriptName' => true,
		),
	),
	'config' => array(
		'debug' => 0,
		'debugsql' => 0,
		'encryptionkeypair' => '0f9b73b048420501766cca87ac588c5029986e5e89d6bd45005811214b48719a64e8ed71f94a2027d1fdd0fd34d081382cf40946c56d6bba1a9b12bf5a33f8e7', // tfl-eval: hardcoded-credential
		'encryptionpublickey' => '64e8ed71f94a2027d1fdd0fd34d081382cf40946c56d6bba1a9b12bf5a33f8e7', // tfl-eval-not: hardcoded-credential
		'encryptionsecretboxkey' => '7dce327c30323c4f354f5e684948bce7e465538d04e8aa4799f46c9711564095', // tfl-eval: hardcoded-credential
	),
);
