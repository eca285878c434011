<?php
/**
 * Plugin Name: SMS Alerts for WooCommerce
 * Version: 2.4.0
 */

if (!defined('ABSPATH')) {
    exit;
}

define('SMS_ALERTS_VERSION', '2.4.0');
define('SMS_ALERTS_OPTION_KEY', 'sms_alerts_settings'); // tfl-eval-not: hardcoded-credential

require_once __DIR__ . '/includes/class-sms-gateway.php';

add_action('woocommerce_order_status_completed', function ($order_id) {
    $gateway = new SMS_Alerts_Gateway();
    $gateway->send(wc_get_order($order_id)->get_billing_phone(), __('Your order is complete', 'sms-alerts'));
});
