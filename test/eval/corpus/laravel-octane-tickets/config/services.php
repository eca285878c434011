<?php

return [
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    'ticketmaster' => [
        'base_url' => 'https://app.ticketmaster.com/discovery/v2',
        'key' => env('TICKETMASTER_KEY', 'Gq4vN8xT2mLp6RzW9kYc3sBj'), // tfl-eval: hardcoded-credential
    ],
    'recaptcha' => [
        'site_key' => '6LdQ8xUqAAAAAJk3pV9wZr2mN5tYc7bH1sLfG4eD',
        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
    ],
];
