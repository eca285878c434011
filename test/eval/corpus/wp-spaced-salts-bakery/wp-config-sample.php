<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' ); // tfl-eval-not: hardcoded-credential
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential
define( 'LOGGED_IN_KEY',    'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential
define( 'NONCE_KEY',        'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
