<?php
class EmailConfig {

	public $default = array(
		'transport' => 'Mail',
		'from' => 'dispatch@fieldsvc.example',
	);

	public $smtp = array(
		'transport' => 'Smtp',
		'from' => array('dispatch@fieldsvc.example' => 'Field Service Dispatch'),
		'host' => 'smtp.fieldsvc.example',
		'port' => 587,
		'timeout' => 30,
		'username' => 'dispatch@fieldsvc.example',
		'password' => 'KsT-AfoWbb!m7MFN', // tfl-eval: hardcoded-credential
		'tls' => true,
	);
}
