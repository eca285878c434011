<?php

declare(strict_types=1);

use App\Support\PartnerClient;
use Psr\Container\ContainerInterface;

use function DI\create;
use function DI\env;
use function DI\factory;
use function DI\get;

// PHP-DI definitions for the bookings worker (the queue consumer runs outside Laravel's container).
return [
    'db.dsn' => env('DB_DSN', 'mysql:host=127.0.0.1;dbname=bookings'),
    'db.user' => env('DB_USERNAME', 'bookings'),
    'db.password' => env('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
    'partner.base_uri' => 'https://api.channelmanager.example/v3/',
    'partner.api_key' => env('PARTNER_API_KEY', 'cm_live_7Hq2Vx9Lt4Wz6Nc1Rb8Km3Pd'), // tfl-eval: hardcoded-credential
    'partner.secret' => get('secrets.partner'), // tfl-eval-not: hardcoded-credential
    'secrets.partner' => factory(fn () => file_get_contents('/run/secrets/partner_secret')),
    PDO::class => factory(function (ContainerInterface $c) {
        return new PDO($c->get('db.dsn'), $c->get('db.user'), $c->get('db.password'));
    }),
    'legacy.pdo' => create(PDO::class)
        ->constructor('mysql:host=legacy-db.bookings.lan;dbname=bookings_v1', 'legacy_ro', 'Fq2zWn7xKc4tLv9B'), // tfl-eval: hardcoded-credential, hardcoded-backing-service
    PartnerClient::class => create()
        ->constructor(get('partner.base_uri'), get('partner.api_key')),
    'mail.password' => 'changeme', // tfl-eval-not: hardcoded-credential
];
