<?php

$databases['default']['default'] = [
  'database' => getenv('DRUPAL_DB_NAME'),
  'username' => getenv('DRUPAL_DB_USER'),
  'password' => getenv('DRUPAL_DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
  'host' => getenv('DRUPAL_DB_HOST'),
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$databases['migrate']['default'] = [
  'database' => 'museum_d7',
  'username' => 'museum_d7',
  'password' => 'p4Rz8Nw2Kx6Qv1Ls', // tfl-eval: hardcoded-credential
  'host' => 'legacy-db.citymuseum.internal', // tfl-eval: hardcoded-backing-service
  'driver' => 'mysql',
];

$settings['hash_salt'] = 'UtMhZY9HLKCFYHEjX-C7gaDVdlBf297nYwHUds1gFYU'; // tfl-eval: hardcoded-credential
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^collections\.citymuseum\.org$'];

$config['smtp.settings']['smtp_password'] = 'Jt5vW9qB3mZx7Kc2'; // tfl-eval: hardcoded-credential
$config['smtp.settings']['smtp_username'] = 'noreply@citymuseum.org';
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = getenv('SOLR_PASSWORD'); // tfl-eval-not: hardcoded-credential

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
