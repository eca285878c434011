<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'bakery_wp' );
define( 'DB_USER', 'bakery' ); // tfl-eval-not: hardcoded-credential
define( 'DB_PASSWORD', 'bakery_password' ); // tfl-eval: hardcoded-credential
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define('AUTH_KEY',         '-XyGM{)/x4&/1P}Mn? L5Kvje2:O8*mel_iC&@w{@;F$wx Hb%#!3Rmduz4F]Zlc'); // tfl-eval: hardcoded-credential
define('SECURE_AUTH_KEY',  'Dg~lQP1a GxSz!mmK2gKifzD;|%+[ k?KTnTgW^m ZtP[J7eZJ@TGu$w3I_rn%r0'); // tfl-eval: hardcoded-credential
define('LOGGED_IN_KEY',    '[o}9WcEp<dNww -LSzD.EU:i 6K@dDe8V9$fd(8Qr*1=x!D|-a[6@6u=^u|^?t,2'); // tfl-eval: hardcoded-credential
define('NONCE_KEY',        'HrUiZ-,i0dMoV~1{ 0U)]8nb29oHb(H _iSz+QcVqNA+WU|L3 hcF[}dhrA{!{XF'); // tfl-eval: hardcoded-credential
define('AUTH_SALT',        'QgivY0YiM7M_3--Y=PC CH-m#6|iZ^_Ue|xphqZkDir<[:|L5dg.;~au- #*lfL7'); // tfl-eval: hardcoded-credential
define('SECURE_AUTH_SALT', '$QRmWjtC }<arRVe <-skc<Tnvxyl_@Q+<$w6fyz ,^l#rLFLc=z{y]qdbNDQ/yo'); // tfl-eval: hardcoded-credential
define('LOGGED_IN_SALT',   'bMAvF]1?JlkRzmQbIye{Ey~iMpnFVyD/, %F!kZwi)7G?hkt]zBh/O s{YMa#eA;'); // tfl-eval: hardcoded-credential
define('NONCE_SALT',       '-|_A&5juUeS<;qJH!*;Ad1X]mE6QS6(F2<cpx gBU:K J w%CqaIT>wn4T=rZwre'); // tfl-eval: hardcoded-credential
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
