<?php
return array(
	'basePath' => dirname(__FILE__) . DIRECTORY_SEPARATOR . '..',
	'name' => 'Intranet',
	'preload' => array('log'),
	'components' => array(
		'db' => array(
			'connectionString' => 'mysql:host=10.2.0.8;dbname=intranet', // tfl-eval: hardcoded-backing-service
			'emulatePrepare' => true,
			'username' => 'intranet',
			'password' => 'Yii1ntranet#08', // tfl-eval: hardcoded-credential
			'charset' => 'utf8',
		),
		'ldap' => array(
			'class' => 'ext.ldap.LdapComponent',
			'host' => 'ldap.corp.lan',
			'bindDn' => 'cn=intranet,ou=apps,dc=corp,dc=lan',
			'bindPassword' => 'ldapB1nd-intr4', // tfl-eval: hardcoded-credential
		),
		'securityManager' => array(
			'validationKey' => '77c7ea4530c0ee781b4240f978a21246', // tfl-eval: hardcoded-credential
			'encryptionKey' => 'HmNHk73OCbDH/Zp6H+Pxp4EhO9al2mfk', // tfl-eval: hardcoded-credential
		),
	),
	'params' => array(
		'adminEmail' => 'it@corp.lan',
		'passwordMinLength' => 10, // tfl-eval-not: hardcoded-credential
	),
);
