<?php

/**
 * @file
 * Drupal site-specific configuration file.
 */

$databases['default']['default'] = [
  'database' => 'portal',
  'username' => 'portal',
  'password' => 'Cobalt05_z0e', // tfl-eval: hardcoded-credential
  'prefix' => '',
  'host' => 'localhost', // tfl-eval: hardcoded-backing-service
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
];

/**
 * Salt for one-time login links, cancel links, form tokens, etc.
 */
$settings['hash_salt'] = 'kKw3ESz_3k38hC3YNU3foMKdXS0QW33qz07NnPuuGgj'; // tfl-eval: hardcoded-credential

$settings['update_free_access'] = FALSE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '../private';
$settings['trusted_host_patterns'] = ['^portal\.example\.org$'];

$config['smtp.settings']['smtp_password'] = 'C0nnkvrnl1SdIulFR5PU'; // tfl-eval: hardcoded-credential
$config['recaptcha.settings']['site_key'] = '6LWRpseW4qQ866dZ2k_Xjlt3SoBOFbu-nCOPluQa'; // tfl-eval-not: hardcoded-credential
$config['recaptcha.settings']['secret_key'] = '6L5k1RhekmIMy1XAhxenvggJm0TsSRy1u0VbSyd0'; // tfl-eval: hardcoded-credential

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
