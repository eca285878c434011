<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'recipes_wp' );
define( 'DB_USER', 'recipes' );
define( 'DB_PASSWORD', 'Jxxlh70%iI0S' ); // tfl-eval: hardcoded-credential
define( 'DB_HOST', 'mysql.recipes.internal' ); // tfl-eval: hardcoded-backing-service
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'J*6GD85Wj?Y*:(!sG[]^i8J:uhMuq+xJll9n&0-D]%uFlKmUWyDp;%Al<dbav,3w' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  ')bX|MOp2<_by%^=[e3M&+<u=_1i{Oig63:D0-B(!Mt]KJHUQ$XTU@e&0TB$_|2_l' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_KEY',    'iBO&b6BN4!Rdc]19)uz)4fg}d5h)8+,:6:Zf<3%Za)e8)L+nURl>Yh_kb~?Nu9CB' ); // tfl-eval: hardcoded-credential
define( 'NONCE_KEY',        '79nMX5W6L6R>Trvhb,pifg#_EO{xQ{jVlwie:6cm[{R_R3L]$k?pE?EC0I:gSz*q' ); // tfl-eval: hardcoded-credential
define( 'AUTH_SALT',        '=0joK4j{T*?J.O==Kr6y?d7UlCq}>ujr$.rG+F+imy5LtMmH:Adon]oQdj2l!l1P' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' ); // tfl-eval-not: hardcoded-credential

define( 'SMTP_PASS', 'Enigt94%WJW2' ); // tfl-eval: hardcoded-credential
define( 'WP_DEBUG', false );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
