<?php
/*
 ** MySQL settings - You can get this info from your web host
 */
define( 'YOURLS_DB_USER', 'yourls' );
define( 'YOURLS_DB_PASS', 'RxKXQfGste2YMkny' ); // tfl-eval: hardcoded-credential
define( 'YOURLS_DB_NAME', 'yourls' );
define( 'YOURLS_DB_HOST', 'localhost' );
define( 'YOURLS_DB_PREFIX', 'yourls_' );

define( 'YOURLS_SITE', 'https://go.links.example' );
define( 'YOURLS_LANG', '' );
define( 'YOURLS_UNIQUE_URLS', true );
define( 'YOURLS_PRIVATE', true );

/** A random secret hash used to encrypt cookies. */
define( 'YOURLS_COOKIEKEY', 'Tlhmc1zx4W7yiVRoZAEYjymZVKY1OlyPgnNhU3R0qtpb' ); // tfl-eval: hardcoded-credential

/** Username(s) and password(s) allowed to access the site. */
$yourls_user_passwords = [
	'admin' => 'fC8RYGm9ThhW1KJz', // tfl-eval: hardcoded-credential
	'editor' => 'phpass:!2a!08!dTHVqyYoc.Zx9BS0lqTkK.T8ZjgBWA/8YKi1lO2fEVVcThYBpcmoK', // tfl-eval-not: hardcoded-credential
];

define( 'YOURLS_DEBUG', false );
$yourls_reserved_URL = [ 'porn', 'faggot', 'sex', 'nigger', 'fuck', 'cunt', 'dick' ];
