<?php
/** The base configuration for the recipes site */

define( 'DB_NAME', 'recipes' );
define( 'DB_USER', 'recipes' );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '@SdDt,i9HH~*l`i)m;t}dxYtV:${][M/Z&jruy`g;3WqpN=&>Intjy280Vt!k)9w' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  '_|pvoq!VxLk<tXEf~z${;QgynQfQ_S2h;t+B+<?t-^aI&u*(@A5 jfE,0th^-|<r' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_KEY',    'GwM`st^9DP>o-;]${r2*d<nb*%n(,p[rHvzw{>Wv5#~=Fm{pCV^b}]Bx4t2X#R3S' ); // tfl-eval: hardcoded-credential
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        getenv('AUTH_SALT') );

$host = $_SERVER['HTTP_HOST'] ?? 'localhost';
define( 'WP_HOME', "https://${host}" );
define( 'WP_SITEURL', "https://${host}/wp" );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
