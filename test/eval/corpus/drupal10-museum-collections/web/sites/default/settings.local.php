<?php

$databases['default']['default'] = [
  'database' => 'museum',
  'username' => 'museum',
  'password' => 'Hm2Xq8Lr5Tz1Vb7c', // tfl-eval: hardcoded-credential
  'host' => 'mariadb', // tfl-eval: hardcoded-backing-service
  'driver' => 'mysql',
];

$config['system.logging']['error_level'] = 'verbose';
$settings['skip_permissions_hardening'] = TRUE;
$config['collections_sync.settings']['api_key'] = '0a4d55a8d778e5022fab701977c5d840bbc486d0'; // tfl-eval: hardcoded-credential
