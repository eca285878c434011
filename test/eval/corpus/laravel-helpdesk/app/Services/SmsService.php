<?php

namespace App\Services;

use Twilio\Rest\Client;

class SmsService
{
    public const STATUS_FAILED = 'failed';

    public function client(): Client
    {
        return new Client('AC045183189000642974c5f2c81b2f6feb', 'cbc7475230b5cfb5ddf9fe11bb390955'); // tfl-eval: hardcoded-credential
    }

    public function webhookToken(): string
    {
        return config('services.twilio.webhook_token', 'whk_gvsLgxTDM6Q7QBKZ9qDSjx3cOGcEs1gC'); // tfl-eval: hardcoded-credential
    }
}
