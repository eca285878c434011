<?php

namespace Shipping;

use Aws\S3\S3Client;
use Mailgun\Mailgun;

class CarrierApi
{
    public function rates(array $parcel): array
    {
        $ch = curl_init('https://api.shipengine.example/v1/rates');
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Content-Type: application/json',
            'API-Key: NXl1UbrJJLYTUPRxDABM2AFJg4sn9gma', // tfl-eval: hardcoded-credential
        ]);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($parcel));
        return json_decode(curl_exec($ch), true);
    }

    public function labels(): S3Client
    {
        return new S3Client([
            'region' => 'eu-central-1',
            'version' => 'latest',
            'credentials' => [
                'key' => 'AKIAUGXWUPJVX2QKQBRS', // tfl-eval: hardcoded-credential
                'secret' => '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', // tfl-eval: hardcoded-credential
            ],
        ]);
    }

    public function mailer(): Mailgun
    {
        return Mailgun::create('fe56741a80d0bc9b055f5c68d70660ce-721579786bc0e89ea2cec5f82e506113-604fa47a33cff80b7d667300be3357e3'); // tfl-eval: hardcoded-credential
    }

    public function tracking(string $number): string
    {
        $opts = ['http' => ['header' => "Authorization: Bearer ewh1jzEUrucjua5yzwp21XqGEyHSm5PM\r\n"]]; // tfl-eval: hardcoded-credential
        return file_get_contents('https://track.carrier.example/' . urlencode($number), false, stream_context_create($opts));
    }
}
