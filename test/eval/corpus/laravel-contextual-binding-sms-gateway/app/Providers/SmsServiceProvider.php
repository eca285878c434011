<?php

namespace App\Providers;

use App\Sms\BulkSender;
use App\Sms\DeliveryReports;
use App\Sms\TwilioGateway;
use App\Sms\VonageGateway;
use Illuminate\Support\ServiceProvider;

class SmsServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->when(TwilioGateway::class)
            ->needs('$accountSid')
            ->give('AC'.'0f3c9a1e7b2d4c6a8e0f2b4d6c8a0e2f'); // tfl-eval-not: hardcoded-credential

        $this->app->when(TwilioGateway::class)
            ->needs('$authToken')
            ->give('u5xsvFeg8KhffQXLSZhBhG'); // tfl-eval: hardcoded-credential

        $this->app->when(VonageGateway::class)
            ->needs('$apiSecret')
            ->giveConfig('services.vonage.secret'); // tfl-eval-not: hardcoded-credential

        $this->app->when(VonageGateway::class)->needs('$apiKey')->give(fn () => config('services.vonage.key')); // tfl-eval-not: hardcoded-credential

        $this->app->when(DeliveryReports::class)->needs('$callbackSecret')->give('cv2brEbH5Ex4TPL5Zz777P'); // tfl-eval: hardcoded-credential

        $this->app->when(BulkSender::class)->needs('$region')->give('eu-west-1'); // tfl-eval-not: hardcoded-credential
        $this->app->when(BulkSender::class)->needs('$senderName')->give('KESTREL'); // tfl-eval-not: hardcoded-credential
    }
}
