<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'blog' );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') ); // tfl-eval-not: hardcoded-credential
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') ); // tfl-eval-not: hardcoded-credential
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') );

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         'Wq7;Hv, nR3[tk]pLz%w&Mc(eD_J}G(>sYB;%TqLo]n*E?Gb|<Wu_k' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  'Pd]+K:^M.4-}<8WsQ^/r/TBZ~C_v|52Nx[Q]h1qmtrb+ekxHoS+vp3fY4!Lu)' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_KEY',    'jKjxGeh@|oPBX@zump(#sxp^82tyNE1c;VB:#<k%SkJ)_P!O-aR>Hn&gcoAV%JLf' ); // tfl-eval: hardcoded-credential
define( 'NONCE_KEY',        'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential
define( 'AUTH_SALT',        '[AUTH_SALT]' ); // tfl-eval-not: hardcoded-credential
define( 'SECURE_AUTH_SALT', '[your-secure-auth-salt]' ); // tfl-eval-not: hardcoded-credential
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
