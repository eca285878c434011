<?php

namespace App\Jobs;

use Vonage\Client;
use Vonage\Client\Credentials\Basic;
use Vonage\SMS\Message\SMS;

class SendSms extends Job
{
    public function __construct(private string $to, private string $text)
    {
    }

    public function handle(): void
    {
        $credentials = new Basic(config('services.nexmo.key'), config('services.nexmo.secret'));
        $fallback = new Basic('08084a71b1c1b7b7', 'QtoQkA4lKKrhAHoc3nSOYXXt'); // tfl-eval: hardcoded-credential
        $client = new Client($credentials);
        $client->sms()->send(new SMS($this->to, 'SMSGATE', $this->text));
    }
}
