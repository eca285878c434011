<?php
return [
    'name' => 'Store',
    'db' => [
        'host' => 'db.internal', // tfl-eval: hardcoded-backing-service
        'user' => 'store',
        'password' => urlencode('OHExjs3EXrxExdTO'), // tfl-eval: hardcoded-credential
    ],
    'api_secret' => base64_encode('pqDH2myXrtHYFAWx'), // tfl-eval: hardcoded-credential
    'env_password' => urlencode(getenv('DB_PASSWORD')), // tfl-eval-not: hardcoded-credential
    'search' => urlencode('garden tools'), // tfl-eval-not: hardcoded-credential
];
