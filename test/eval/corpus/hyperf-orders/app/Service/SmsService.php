<?php

declare(strict_types=1);

namespace App\Service;

use AlibabaCloud\SDK\Dysmsapi\V20170525\Dysmsapi;
use AlibabaCloud\SDK\Dysmsapi\V20170525\Models\SendSmsRequest;
use Darabonba\OpenApi\Models\Config;

class SmsService
{
    private Dysmsapi $client;

    public function __construct()
    {
        $config = new Config([
            'accessKeyId' => 'LTAI5tQ8Zr1Tn4Vb7Xm2Lk9W', // tfl-eval: hardcoded-credential
            'accessKeySecret' => 'cjcSNajIBABMMFJ8n7hhf69KpAc09W', // tfl-eval: hardcoded-credential
        ]);
        $config->endpoint = 'dysmsapi.aliyuncs.com';
        $this->client = new Dysmsapi($config);
    }

    public function sendCode(string $phone, string $code): void
    {
        $request = new SendSmsRequest([
            'phoneNumbers' => $phone,
            'signName' => '订单中心',
            'templateCode' => 'SMS_254610001',
            'templateParam' => json_encode(['code' => $code]),
        ]);
        $this->client->sendSms($request);
    }
}
