<?php
/**
 * Plugin Name: Magazine Newsletter
 * Description: Syncs subscribers to Mailchimp and sends the weekly digest.
 * Version: 1.4.2
 * Text Domain: mag-newsletter
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MAG_NEWSLETTER_VERSION', '1.4.2' );
define( 'MAG_NEWSLETTER_MAILCHIMP_KEY', '03b5571b21e7e60c17efa3aab054809c-us14' ); // tfl-eval: hardcoded-credential
define( 'MAG_NEWSLETTER_LIST_ID', 'a1b2c3d4e5' );
define( 'MAG_NEWSLETTER_OPTION_KEY', 'mag_newsletter_settings' ); // tfl-eval-not: hardcoded-credential

require_once __DIR__ . '/includes/class-mailchimp-client.php';
require_once __DIR__ . '/includes/class-settings-page.php';

add_action( 'plugins_loaded', function () {
	load_plugin_textdomain( 'mag-newsletter', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
} );

function mag_newsletter_client() {
	$settings = get_option( MAG_NEWSLETTER_OPTION_KEY, array() );
	$api_key  = isset( $settings['api_key'] ) ? $settings['api_key'] : MAG_NEWSLETTER_MAILCHIMP_KEY;
	return new Mag_Mailchimp_Client( $api_key );
}
