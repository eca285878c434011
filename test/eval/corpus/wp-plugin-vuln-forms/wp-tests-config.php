<?php
/* Path to the WordPress codebase you'd like to test. Add a forward slash in the end. */
define( 'ABSPATH', dirname( __FILE__ ) . '/wordpress/' );

define( 'WP_DEFAULT_THEME', 'default' );
define( 'WP_DEBUG', true );

// WARNING WARNING WARNING!
// These tests will DROP ALL TABLES in the database with the prefix named below.
define( 'DB_NAME', 'wordpress_test' );
define( 'DB_USER', 'wp_test' );
define( 'DB_PASSWORD', 'wp-phpunit-pass' ); // tfl-eval-not: hardcoded-credential
define( 'DB_HOST', 'localhost' );

$table_prefix = 'wptests_';
