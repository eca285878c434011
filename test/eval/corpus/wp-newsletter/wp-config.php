<?php
/** The base configuration for WordPress */

define( 'DB_NAME', 'newsletter_wp' );
define( 'DB_USER', 'newsletter' );
define( 'DB_PASSWORD', 'Meadow$1025meadow' ); // tfl-eval: hardcoded-credential
define( 'DB_HOST', 'mysql.newsletter.internal' ); // tfl-eval: hardcoded-backing-service
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '6L9vZrczGgCMllKampuUYzkFfXOvxfgmctya3Oqr' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  '3CevzsmfrAsSXmgfRUHm9G3knbIXlcbsQRQXx3Cb' ); // tfl-eval: hardcoded-credential
define( 'NONCE_SALT',       'ZYPCllhycRk3njbGgPEo9yExqbBYEuMURovHI0TM' ); // tfl-eval: hardcoded-credential

define( 'WP_REDIS_PASSWORD', 'VLDrkJDNKxkQCc1GKJANVkPb' ); // tfl-eval: hardcoded-credential
define( 'MAILBRIDGE_API_KEY', getenv( 'MAILBRIDGE_API_KEY' ) ); // tfl-eval-not: hardcoded-credential

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
