<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Rowing Club';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'rowing';
	public $password = 'Juniper#7658walnut'; // tfl-eval: hardcoded-credential
	public $db = 'rowing';
	public $dbprefix = 'jos_';
	public $secret = 'Np1usyWbMDs25KXSGaWNFRQt'; // tfl-eval: hardcoded-credential
	public $mailer = 'smtp';
	public $smtpauth = true;
	public $smtpuser = 'club@rowing.example';
	public $smtppass = 'cobalt38$'; // tfl-eval: hardcoded-credential
	public $smtphost = 'smtp.rowing.example';
	public $log_path = '/var/www/administrator/logs';
}
