<?php

return [
    'name'         => 'rota',
    'debug'        => env('SWOFT_DEBUG', 0),
    'sms' => [
        'access_key_id'     => env('SMS_ACCESS_KEY_ID'), // tfl-eval-not: hardcoded-credential
        'access_key_secret' => env('SMS_ACCESS_KEY_SECRET', ''), // tfl-eval-not: hardcoded-credential
        'sign_name'         => 'Rota', // tfl-eval-not: hardcoded-credential
        'template_code'     => 'SMS_218035112',
    ],
    'aes_key' => '27wdkuKxSjpQRczLepWrtdqR0ZTFyV2m', // tfl-eval: hardcoded-credential
];
