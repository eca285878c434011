<?php

declare(strict_types=1);

use DI\ContainerBuilder;

putenv('INVOICE_DB_PASSWORD=Pebble%5229saffron'); // tfl-eval: hardcoded-credential
$_ENV['PAYPAL_CLIENT_SECRET'] = 'uUDvAVEpEqqrEqg5KwohiqTK5y3QWaGrt1X4JEGf'; // tfl-eval: hardcoded-credential
$_ENV['APP_ENV'] = $_ENV['APP_ENV'] ?? 'production';
$_SERVER['MAILER_PASSWORD'] = 'W4mHCvqbBCTKazkrl6HuxMWK'; // tfl-eval: hardcoded-credential

return function (ContainerBuilder $containerBuilder) {
    $containerBuilder->addDefinitions([
        'settings' => [
            'displayErrorDetails' => false,
            'db' => [
                'dsn' => 'pgsql:host=' . ($_ENV['DB_HOST'] ?? 'db') . ';dbname=invoices',
                'user' => 'invoices',
                'pass' => getenv('INVOICE_DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            ],
            'jwt' => [
                'secret' => '82ed9e3610f5b5877b6ef65bd0399a8f612218a731eb0d39bfff49637ef90418', // tfl-eval: hardcoded-credential
                'algorithm' => 'HS256',
            ],
        ],
    ]);
};
