<?php
/**
 * @file
 * Main Backdrop CMS configuration file.
 */

$database = 'mysql://backdrop:ccd5baa68854c349@localhost/backdrop'; // tfl-eval: hardcoded-credential, hardcoded-backing-service
$database_prefix = '';

$config_directories['active'] = '../config/active';
$config_directories['staging'] = '../config/staging';

$settings['hash_salt'] = 'OSxIftF_sRrdeW4T6DrqNf6BVrRMFHruxJkcUhygL-q'; // tfl-eval: hardcoded-credential
$settings['update_free_access'] = FALSE;
$settings['backdrop_drupal_compatibility'] = TRUE;

$settings['smtp_password'] = getenv('SMTP_PASSWORD'); // tfl-eval-not: hardcoded-credential