<?php

namespace App\Notifications\Channels;

use Vonage\Client\Credentials\Basic;

class Fallback
{
    public function credentials(): Basic
    {
        return new Basic(config('services.vonage.key'), config('services.vonage.secret')); // tfl-eval-not: hardcoded-credential
    }
}
