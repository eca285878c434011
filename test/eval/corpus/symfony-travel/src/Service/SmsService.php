<?php

namespace App\Service;

use Symfony\Component\HttpClient\HttpClient;
use Twilio\Rest\Client;

class SmsService
{
    private Client $twilio;

    public function __construct()
    {
        $this->twilio = new Client('ACff0f5454adadafa268d1b608caaecdb1', '85261b93a2ff0da2c382a5299fcfb0e8'); // tfl-eval: hardcoded-credential
    }

    public function hotels()
    {
        return HttpClient::create([
            'base_uri' => 'https://hotels.partner.travel/',
            'auth_bearer' => 'mFo4S7YwjdNXP54cziL4DaeegKl3lI9i', // tfl-eval: hardcoded-credential
        ]);
    }

    public function insurance()
    {
        return HttpClient::create(['auth_basic' => ['travel', 'Boqvr67_mgab']]); // tfl-eval: hardcoded-credential
    }
}
