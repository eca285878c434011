<?php

return [
    'driver' => env('SESSION_DRIVER', 'cookie'),
    'lifetime' => 120,
    'cookie' => 'heroku_session',
    'secure' => true,
];
