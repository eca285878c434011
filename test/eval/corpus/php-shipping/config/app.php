<?php

return [
    'name' => 'Shipping',
    'google' => [
        'client_id' => '734019266113-7eZLjVaisMJawwjdvrluWzB759puQtCX.apps.googleusercontent.com',
        'client_secret' => 'GOCSPX-J0EJmXVPJyQ9oJCWgt6xkyBM', // tfl-eval: hardcoded-credential
    ],
    'ups' => [
        'user_id' => 'shipping-ups',
        'access_license_number' => '2001da53bddc516d28a335c231da29a6', // tfl-eval: hardcoded-credential
        'password' => 'Qqpjr51%UXm2', // tfl-eval: hardcoded-credential
    ],
    'password_min_length' => 10, // tfl-eval-not: hardcoded-credential
    'session' => ['cookie' => 'shipping_session', 'secure' => true],
];
