<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'Heron-Slate-4429', // tfl-eval: hardcoded-credential
  'host' => 'mariadb', // tfl-eval: hardcoded-backing-service
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$config['smtp.settings']['smtp_host'] = 'smtp.office365.com'; // tfl-eval: hardcoded-backing-service
$config['smtp.settings']['smtp_username'] = 'web@council.example.gov';
$config['smtp.settings']['smtp_password'] = 'Vole$Birch$1198'; // tfl-eval: hardcoded-credential

$config['crm_sync.settings']['client_secret'] = 'nEo2Pu8Ba4Rl0Xt6Gb9Lp3Ir5Fm7Ki1Mw'; // tfl-eval: hardcoded-credential
$settings['hash_salt'] = 'Qw9Er8Ty7Ui6Op5As4Df3Gh2Jk1Lz0Xc9Vb8Nm7Qw6Er5Ty4Ui3Op'; // tfl-eval: hardcoded-credential
