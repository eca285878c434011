<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET', 'key-6d54f49310a17577f7f4852fdad5a0e6'), // tfl-eval: hardcoded-credential
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'doctolib' => [
        'client_id' => env('DOCTOLIB_CLIENT_ID', 'clinic-berlin'),
        'client_secret' => env('DOCTOLIB_CLIENT_SECRET', 'your-client-secret'), // tfl-eval-not: hardcoded-credential
    ],
    'sms77' => [
        'api_key' => 'P85bBUcu2yjW9R5dzLbVMDNwcp2FHCt45FRrV8y2', // tfl-eval: hardcoded-credential
    ],
];
