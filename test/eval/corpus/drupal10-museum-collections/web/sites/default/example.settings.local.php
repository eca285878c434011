<?php
// Copy to settings.local.php for local development.
$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'drupal', // tfl-eval-not: hardcoded-credential
  'host' => 'localhost',
  'driver' => 'mysql',
];
