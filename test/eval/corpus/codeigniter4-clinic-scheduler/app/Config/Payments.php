<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Payments extends BaseConfig
{
    public string $stripePublishableKey = 'pk_live_97GZETLkqgagX24DGiD9L3QmstQs6zaMlQp7qMhz'; // tfl-eval-not: hardcoded-credential
    public string $stripeSecretKey = 'sk_live_d6C1nFVRHQbBpZ11CDXOyi6V3LB9lu7s78CMkael'; // tfl-eval: hardcoded-credential
    public string $stripeWebhookSecret = ''; // tfl-eval-not: hardcoded-credential
    public string $currency = 'eur';

    public function __construct()
    {
        parent::__construct();
        $this->stripeWebhookSecret = env('payments.stripeWebhookSecret', ''); // tfl-eval-not: hardcoded-credential
    }
}
