<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'magazine_wp' ); // tfl-eval-not: hardcoded-credential

/** Database username */
define( 'DB_USER', 'mag_admin' ); // tfl-eval-not: hardcoded-credential

/** Database password */
define( 'DB_PASSWORD', 'Copper74!w7i' ); // tfl-eval: hardcoded-credential

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '[@VcSjT]Gag%*W!q3GZ<+IIhXM(a@u2Ta6LZS:%B2}cVy4p&g;Gw`!Doyj_W(..t' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  'dMwnuH6kJI%S]*B30Esg`}U@+Y!2*I=wWNZstDQh%<yw]C);~2F46~cQ&1`qJKki' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_KEY',    'Gv6RpatWp)Y3+_`00_LQ&I])0E1-^8yvDaPsDDH(,=?AKI<k7j?J-3`8i,*KG_4:' ); // tfl-eval: hardcoded-credential
define( 'NONCE_KEY',        '|g)~j09n<HVi@b^e**eaoG4tCEC&qKVh1b%+^j!`S.]uC1}IZj1)t~oqB=NWP7`G' ); // tfl-eval: hardcoded-credential
define( 'AUTH_SALT',        'PX]T3>G1amj.S1`+Tr4p^6N.wp()gg+hN&QP]fSD*,-y7H}v@^F9jA!}P54VIb42' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_SALT', 'QOX[&#kP{B8;N3I:*XD`@I_ltA4C4be=UkTuX2Uw5AivVPE8d[Q7l1bTkh(NYf`0' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_SALT',   'T_7PZk]`jmx6t]0+M<r|r-:ffpdm6uJD%8J,Kf389hCc?tEC{,|N{k3q+tzry^13' ); // tfl-eval: hardcoded-credential
define( 'NONCE_SALT',       '>~B>.{l~O@~4Q#Bd%0.V.@OoYz_:[A}fueOi6]mNOV]Vjql36B(8#kSZHgTu-o[x' ); // tfl-eval: hardcoded-credential

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WP_REDIS_PASSWORD', getenv( 'WP_REDIS_PASSWORD' ) ); // tfl-eval-not: hardcoded-credential
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
