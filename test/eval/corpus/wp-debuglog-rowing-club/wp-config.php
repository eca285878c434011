<?php
define( 'DB_NAME', 'rowing' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) ); // tfl-eval-not: hardcoded-credential
define( 'DB_HOST', 'mysql-rowing.club.internal' ); // tfl-eval: hardcoded-backing-service
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '/var/log/wordpress/debug.log' ); // tfl-eval: file-logger
define( 'WP_DEBUG_DISPLAY', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
