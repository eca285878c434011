<?php
/**
 * Database configuration
 *
 * Please see the MyBB Docs for advanced
 * database configuration for larger installations
 * https://docs.mybb.com/
 */

$config['database']['type'] = 'mysqli';
$config['database']['database'] = 'mybb_forum';
$config['database']['table_prefix'] = 'mybb_';

$config['database']['hostname'] = 'localhost';
$config['database']['username'] = 'mybb';
$config['database']['password'] = 'tgN58iPFramkGB'; // tfl-eval: hardcoded-credential

/**
 * Admin CP directory
 *  For security reasons, it is recommended you
 *  rename your Admin CP directory. You then need
 *  to adjust the value below to point to the
 *  new directory.
 */

$config['admin_dir'] = 'admin';

/**
 * Hide all Admin CP links
 *  If you wish to hide all Admin CP links
 *  on the front end of the board after
 *  renaming your Admin CP directory, set this
 *  to 1.
 */

$config['hide_admin_links'] = 0;

/**
 * Data-cache configuration
 *  The data cache is a temporary cache
 *  of the most commonly used data in MyBB.
 */

$config['cache_store'] = 'redis';
$config['redis']['server'] = 'localhost';
$config['redis']['port'] = 6379;
$config['redis']['password'] = '9tj*jPbwGAVQ4s'; // tfl-eval: hardcoded-credential

/**
 * Super Administrators
 *  A comma separated list of user IDs who cannot
 *  be edited, deleted or banned in the Admin CP.
 */

$config['super_admins'] = '1';

/**
 * Database Encoding
 */

$config['database']['encoding'] = 'utf8mb4';

/**
 * Admin CP Secret PIN
 *  If you wish to request a PIN
 *  when someone tries to login
 *  on your Admin CP, enter it below.
 */

$config['secret_pin'] = '480215'; // tfl-eval: hardcoded-credential

/**
 * Database Write Mode
 */
$config['database']['read_only'] = 0; // tfl-eval-not: hardcoded-credential
