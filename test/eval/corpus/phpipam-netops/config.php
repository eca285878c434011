<?php

/**
 * database connection details
 ******************************/
$db['host'] = 'mariadb'; // tfl-eval: hardcoded-backing-service
$db['user'] = 'phpipam';
$db['pass'] = '2NZbq7Wz20N5sMO3'; // tfl-eval: hardcoded-credential
$db['name'] = 'phpipam';
$db['port'] = 3306;

$db['ssl']        = false;
$db['ssl_key']    = '/path/to/cert.key'; // tfl-eval-not: hardcoded-credential
$db['ssl_cert']   = '/path/to/cert.crt';
$db['ssl_ca']     = '/path/to/ca.crt';
$db['ssl_verify'] = true;

/**
 * Scan / discovery agent
 ******************************/
$config['scan_agent_code'] = 'AIDbfRgLKVAzQQNa0RMx'; // tfl-eval: hardcoded-credential

/**
 * proxy connection details
 ******************************/
$proxy_enabled  = false;
$proxy_server   = 'proxy.netops.internal';
$proxy_port     = '3128';
$proxy_user     = 'ipam';
$proxy_pass     = 'anNj2UueEdrwTwwrtyONFtDZ'; // tfl-eval: hardcoded-credential
$proxy_use_auth = false;

$phpsessname = 'phpipam';
$api_allow_unsafe = false;
