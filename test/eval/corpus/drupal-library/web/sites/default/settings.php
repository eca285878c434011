<?php

$databases['default']['default'] = [
  'database' => 'library',
  'username' => 'library',
  'password' => 'Ubhzb96*6acL', // tfl-eval: hardcoded-credential
  'prefix' => '',
  'host' => 'db.library.local', // tfl-eval: hardcoded-backing-service
  'port' => '3306',
  'driver' => 'mysql',
];

$settings['hash_salt'] = 'MGNNvP7foLJvzShcJR/51moX6PVVd/iAMdNidvwxIDE='; // tfl-eval: hardcoded-credential
$settings['update_free_access'] = FALSE;
$settings['file_private_path'] = '../private';

$config['smtp.settings']['smtp_password'] = 'Sfiov27!O8sv'; // tfl-eval: hardcoded-credential
$config['system.site']['name'] = 'City Library';

if (getenv('LIBRARY_DB_PASSWORD')) {
  $databases['default']['default']['password'] = getenv('LIBRARY_DB_PASSWORD'); // tfl-eval-not: hardcoded-credential
}
