<?php
/**
 * Plugin Name: PayLane Gateway for WooCommerce
 * Description: Card payments through PayLane.
 * Version: 1.3.2
 */

defined('ABSPATH') || exit;

define('PAYLANE_GATEWAY_VERSION', '1.3.2');
define('PAYLANE_SANDBOX_API_KEY', '5d27689b040a63381cfa501cf9872618'); // tfl-eval: hardcoded-credential

add_action('plugins_loaded', function () {
    require_once __DIR__ . '/includes/class-wc-gateway-paylane.php';
    add_filter('woocommerce_payment_gateways', fn ($gateways) => array_merge($gateways, ['WC_Gateway_PayLane']));
});
