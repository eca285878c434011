<?php
/**
 * Your base production configuration goes in this file. Environment-specific
 * overrides go in their respective config/environments/{{WP_ENV}}.php file.
 */

use Roots\WPConfig\Config;
use function Env\env;

$root_dir = dirname(__DIR__);
$webroot_dir = $root_dir . '/web';

Config::define('WP_ENV', env('WP_ENV') ?: 'production');
Config::define('WP_HOME', env('WP_HOME'));
Config::define('WP_SITEURL', env('WP_SITEURL'));

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD')); // tfl-eval-not: hardcoded-credential
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', '#g2G=6<MnR3Grf4}V8VoSBOwJpFYOYJ6_JHC184omh_eua>oNROvr)yE[G*%S>/-'); // tfl-eval: hardcoded-credential
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_SALT', 'AVOgVRfcz[?SLl]!z}LT}L2MDPE.4606KQ,yK@#S7KR6<~_Y:n-LylAptBf2*kDh'); // tfl-eval: hardcoded-credential

Config::define('WP_MAIL_SMTP_PASS', 'Tundra*98meadow37'); // tfl-eval: hardcoded-credential
Config::define('DISALLOW_FILE_EDIT', true);

Config::apply();