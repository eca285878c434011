<?php
return [
    'db' => [
        'host' => getenv('DB_HOST'),
        'user' => 'booking',
        'password' => 'Saffron-Trellis-82', // tfl-eval: hardcoded-credential
        'name' => 'booking',
    ],
    'jwt_secret' => 'ajZYy4J0kPTFERIyHkrmuzQFeKRz87R6', // tfl-eval: hardcoded-credential
];
