<?php

// PHP-DI definitions for the legacy worker (bin/worker.php), outside Laravel's container.
use App\Sms\BulkSender;
use App\Sms\DeliveryReports;
use function DI\autowire;
use function DI\env;
use function DI\get;

return [
    'sms.from' => 'KESTREL', // tfl-eval-not: hardcoded-credential
    'sms.api_key' => env('SMS_API_KEY'), // tfl-eval-not: hardcoded-credential
    'sms.api_secret' => env('SMS_API_SECRET', 'H6FtP5SAyQTiFPhCQ9TNzp'), // tfl-eval: hardcoded-credential
    BulkSender::class => autowire()
        ->constructorParameter('apiKey', get('sms.api_key')) // tfl-eval-not: hardcoded-credential
        ->constructorParameter('webhookToken', 'tvi54SoChPzrndZzvgJy9s'), // tfl-eval: hardcoded-credential
    DeliveryReports::class => autowire()
        ->constructorParameter('callbackSecret', env('DLR_CALLBACK_SECRET', '')) // tfl-eval-not: hardcoded-credential
        ->method('setSigningKey', 'vgnrqo5PaLj9hQMp3cKPAs'), // tfl-eval: hardcoded-credential
];
