<?php return array (
  'components' => 
  array (
    'db' => 
    array (
      'class' => 'yii\\db\\Connection',
      'dsn' => 'mysql:host=localhost;dbname=humhub', // tfl-eval: hardcoded-backing-service
      'username' => 'humhub',
      'password' => 'QYvNxNm6w3mGDA4i90k4gw7b', // tfl-eval: hardcoded-credential
      'charset' => 'utf8mb4',
    ),
    'user' => 
    array (
    ),
    'mailer' => 
    array (
      'transport' => 
      array (
        'dsn' => 'smtp://intranet%40acme-coop.example:Hb7nWq2ZrT5xKm9pLs4dNc3V@smtp.acme-coop.example:587', // tfl-eval: hardcoded-credential
      ),
    ),
    'cache' => 
    array (
      'class' => 'yii\\caching\\FileCache',
      'keyPrefix' => 'humhub',
    ),
  ),
  'params' => 
  array (
    'installer' => 
    array (
      'db' => 
      array (
        'installer_hostname' => 'localhost',
        'installer_database' => 'humhub',
      ),
    ),
    'config_created_at' => 1714471200,
    'horImageScrollOnMobile' => '1',
    'databaseInstalled' => true,
    'installed' => true,
  ),
  'name' => 'ACME Co-op Intranet',
  'language' => 'en-US',
  'timeZone' => 'Europe/Amsterdam',
); ?>
