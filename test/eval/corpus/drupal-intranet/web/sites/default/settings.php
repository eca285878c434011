<?php

$databases['default']['default'] = [
  'database' => 'intranet',
  'username' => 'intranet',
  'password' => 'Thistle@6800saffron', // tfl-eval: hardcoded-credential
  'host' => 'mariadb.intranet.internal', // tfl-eval: hardcoded-backing-service
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$settings['hash_salt'] = 'aoK5gayvsQE75T92GYMaoIUyZCEu7L83qzwXyMwhRyo='; // tfl-eval: hardcoded-credential
$settings['update_free_access'] = FALSE;
$settings['file_private_path'] = '../private';
$settings['trusted_host_patterns'] = ['^intranet\.example\.org$'];

$config['smtp.settings']['smtp_password'] = 'AQbJj5coU6guRCzYdRDytJqM'; // tfl-eval: hardcoded-credential
$config['hr_sync.settings']['api_key'] = getenv('HR_SYNC_API_KEY'); // tfl-eval-not: hardcoded-credential
