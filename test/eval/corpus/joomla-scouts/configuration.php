<?php
class JConfig {
	public $offline = '0';
	public $sitename = 'Scouts Troop 42';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'scouts';
	public $password = 'Jihyw81*BBIR'; // tfl-eval: hardcoded-credential
	public $db = 'scouts_joomla';
	public $dbprefix = 'jos_';
	public $secret = 'vyOxWDoK0AAq8LBR'; // tfl-eval: hardcoded-credential
	public $mailer = 'smtp';
	public $smtpuser = 'troop42@scouts.example';
	public $smtppass = 'Ykrqi21!4DLh'; // tfl-eval: hardcoded-credential
	public $smtphost = 'smtp.scouts.example';
}
