<?php

use function DI\env;
use function DI\create;
use function DI\get;

return [
    'db.dsn' => env('DATABASE_DSN', 'mysql:host=127.0.0.1;dbname=billing'),
    'db.user' => env('DATABASE_USER', 'billing'),
    'db.password' => env('DATABASE_PASSWORD', 'CId7L0s7qr8ZpGtL'), // tfl-eval: hardcoded-credential
    'paddle.vendor_id' => 48213,
    'paddle.api_key' => '50d9b6088158121ec03bdbf4b0cfa1495bc68d8214a0e054aa', // tfl-eval: hardcoded-credential
    'mail.dsn' => 'smtp://billing%40acme.example:Eq#vdUK3If+5tVnl@smtp.acme.example:587', // tfl-eval: hardcoded-credential
    PDO::class => create()->constructor(get('db.dsn'), get('db.user'), get('db.password')), // tfl-eval-not: hardcoded-credential
];
