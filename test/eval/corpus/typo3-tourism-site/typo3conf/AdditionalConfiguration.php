<?php
defined('TYPO3') or die();

// Production database and mail settings of the tourism portal
$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'] = array_merge(
    $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'],
    [
        'dbname' => 'tourism_prod',
        'host' => 'mariadb-01.tourism.lan',
        'password' => 'T0urism-Db!prod', // tfl-eval: hardcoded-credential
        'user' => 'tourism',
    ]
);

$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';
$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = 'smtp.tourism.lan:587'; // tfl-eval: hardcoded-backing-service
$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_username'] = 'typo3@tourism.example';
$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_password'] = 'Typo3mail#2022'; // tfl-eval: hardcoded-credential

$GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'] = '2f4cbeaf98e5c24a48454d1b99654bde7e3d5c691e8be9440ed1fde2c5a6841e1417d66771ae0b6b0ea3851249f4c7cd'; // tfl-eval: hardcoded-credential
$GLOBALS['TYPO3_CONF_VARS']['BE']['installToolPassword'] = '$argon2i$v=19$m=65536,t=16,p=1$Q2x0Ym1xV0xKZ3hX$Fq3mK8vN2pL7rT1zY5wB9cX4hJ6dS0gA2eU8iO3kM1n'; // tfl-eval-not: hardcoded-credential

if (getenv('TYPO3_CONTEXT') === 'Development') {
    $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default']['password'] = getenv('DB_PASSWORD'); // tfl-eval-not: hardcoded-credential
}
