<?php
/**
 * Plugin Name: Vuln Forms
 * Description: A deliberately vulnerable contact form plugin for security training.
 * Version: 0.9.0
 */

require_once __DIR__ . '/includes/class-vf-settings.php';

add_action( 'init', function () {
	load_plugin_textdomain( 'vuln-forms', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
} );
