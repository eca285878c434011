<?php

require_once __DIR__.'/../vendor/autoload.php';

(new Laravel\Lumen\Bootstrap\LoadEnvironmentVariables(dirname(__DIR__)))->bootstrap();

$app = new Laravel\Lumen\Application(dirname(__DIR__));
$app->withFacades();
$app->withEloquent();

config([
    'services.nexmo.key' => env('NEXMO_KEY', '1cb3707cbd2c57a3'),
    'services.nexmo.secret' => env('NEXMO_SECRET', '7SwMKifbwrXDaFR8D1W7uojY'), // tfl-eval: hardcoded-credential
    'services.nexmo.from' => env('NEXMO_FROM', 'SMSGATE'),
]);

$app->register(App\Providers\AppServiceProvider::class);

return $app;
