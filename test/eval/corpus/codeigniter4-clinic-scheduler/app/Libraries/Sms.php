<?php

namespace App\Libraries;

use Twilio\Rest\Client;

class Sms
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(env('twilio.accountSid'), env('twilio.authToken')); // tfl-eval-not: hardcoded-credential
    }

    public function remind(string $to, string $when): void
    {
        $this->client->messages->create($to, [
            'from' => '+4915888812345',
            'body' => "Reminder: your appointment is on {$when}. Reply STOP to opt out.",
        ]);
    }
}
