<?php
defined('ABSPATH') || exit;

class WC_Gateway_PayLane extends WC_Payment_Gateway
{
    public function __construct()
    {
        $this->id = 'paylane';
        $this->method_title = __('PayLane', 'paylane');
        $this->init_form_fields();
        $this->init_settings();
        $this->api_login = $this->get_option('api_login');
        $this->api_password = $this->get_option('api_password'); // tfl-eval-not: hardcoded-credential
        $this->webhook_secret = get_option('paylane_webhook_secret', 'u9U754gSmHeQZxfjutZdsNcokZQcNcx3'); // tfl-eval: hardcoded-credential
    }

    public function init_form_fields()
    {
        $this->form_fields = [
            'enabled' => ['title' => __('Enable', 'paylane'), 'type' => 'checkbox', 'default' => 'no'],
            'api_login' => ['title' => __('API login', 'paylane'), 'type' => 'text', 'default' => ''],
            'api_password' => ['title' => __('API password', 'paylane'), 'type' => 'password', 'default' => ''], // tfl-eval-not: hardcoded-credential
        ];
    }

    private function client(): array
    {
        return [
            'headers' => [
                'Authorization' => 'Basic ' . base64_encode($this->api_login . ':' . $this->api_password), // tfl-eval-not: hardcoded-credential
            ],
        ];
    }

    private function sandboxClient(): array
    {
        return [
            'headers' => [
                'Authorization' => 'Basic ' . base64_encode('acme-sandbox:25ZxVv9QK1V-NeU7'), // tfl-eval: hardcoded-credential
            ],
        ];
    }
}
