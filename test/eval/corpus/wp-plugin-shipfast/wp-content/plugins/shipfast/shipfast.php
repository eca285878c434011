<?php
/**
 * Plugin Name: ShipFast Rates for WooCommerce
 * Description: Live carrier rates and label printing.
 * Version: 3.2.0
 * Text Domain: shipfast
 */

defined('ABSPATH') || exit;

define('SHIPFAST_VERSION', '3.2.0');
define('SHIPFAST_API_BASE', 'https://api.shipfast.io/v2');
define('SHIPFAST_API_KEY', 'sf_prod_9Kx2Lm7Qv4Tn8Rz1Wp5Hy3Jb6Cd0'); // tfl-eval: hardcoded-credential
define('SHIPFAST_OPTION_API_KEY', 'shipfast_api_key'); // tfl-eval-not: hardcoded-credential

require_once __DIR__ . '/includes/class-shipfast-client.php';
require_once __DIR__ . '/includes/class-shipfast-mailer.php';

add_action('plugins_loaded', function () {
    $key = get_option(SHIPFAST_OPTION_API_KEY, SHIPFAST_API_KEY);
    $GLOBALS['shipfast'] = new ShipFast_Client($key);
});

add_action('admin_init', function () {
    register_setting('shipfast', 'shipfast_api_key', ['type' => 'string', 'sanitize_callback' => 'sanitize_text_field']);
    add_settings_field('shipfast_api_key', __('API key', 'shipfast'), 'shipfast_render_key_field', 'shipfast'); // tfl-eval-not: hardcoded-credential
});
