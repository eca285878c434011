<?php declare(strict_types=1);

namespace Acme\PayonePayment\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

class PayoneClient
{
    private const API_URL = 'https://api.pay1.de/post-gateway/';

    private const MERCHANT_ID = '31102';
    private const PORTAL_ID = '2031244';
    private const SUB_ACCOUNT_ID = '31281';
    private const PORTAL_KEY = 'Lk9Qw2Rt6Yp3Zx8V'; // tfl-eval: hardcoded-credential

    public function __construct(private readonly HttpClientInterface $http)
    {
    }

    public function preauthorize(array $payment): array
    {
        $response = $this->http->request('POST', self::API_URL, ['body' => array_merge($payment, [
            'mid' => self::MERCHANT_ID,
            'portalid' => self::PORTAL_ID,
            'aid' => self::SUB_ACCOUNT_ID,
            'key' => hash('md5', self::PORTAL_KEY),
            'api_version' => '3.11',
            'request' => 'preauthorization',
        ])]);

        return $response->toArray();
    }
}
