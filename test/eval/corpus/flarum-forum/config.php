<?php return array (
  'debug' => false,
  'database' =>
  array (
    'driver' => 'mysql',
    'host' => 'localhost', // tfl-eval: hardcoded-backing-service
    'port' => 3306,
    'database' => 'flarum',
    'username' => 'flarum',
    'password' => 'Ibis_Copper_6012', // tfl-eval: hardcoded-credential
    'charset' => 'utf8mb4',
    'collation' => 'utf8mb4_unicode_ci',
    'prefix' => 'flarum_',
    'strict' => false,
    'engine' => 'InnoDB',
    'prefix_indexes' => true,
  ),
  'url' => 'https://forum.example.community',
  'paths' =>
  array (
    'api' => 'api',
    'admin' => 'admin',
  ),
  'headers' =>
  array (
    'poweredByHeader' => true,
    'referrerPolicy' => 'same-origin', // tfl-eval-not: hardcoded-credential
  ),
);
