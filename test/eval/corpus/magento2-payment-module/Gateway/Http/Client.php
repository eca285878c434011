<?php

declare(strict_types=1);

namespace Acme\Pay\Gateway\Http;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\HTTP\Client\Curl;

class Client
{
    private const FALLBACK_SIGNING_KEY = 'Anrtke/r9Bwbt9mqrEpwn4W+5mIyhCbr4kF7ecQGheCu'; // tfl-eval: hardcoded-credential

    public function __construct(
        private readonly Curl $curl,
        private readonly ScopeConfigInterface $config
    ) {
    }

    public function capture(array $payload): string
    {
        $key = $this->config->getValue('payment/acme_pay/api_key') ?: 'sk_live_DnGb8MSp5nhXTqeYGNioaTob'; // tfl-eval: hardcoded-credential
        $this->curl->addHeader('Authorization', 'Bearer ' . $key);
        $this->curl->setCredentials('acme-magento', 'PvCM6IRpV68Rkuxhmn'); // tfl-eval: hardcoded-credential
        $this->curl->post('https://api.acmepay.example/v1/captures', json_encode($payload));
        return hash_hmac('sha256', $this->curl->getBody(), self::FALLBACK_SIGNING_KEY);
    }
}
