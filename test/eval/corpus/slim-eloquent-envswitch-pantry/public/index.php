<?php

declare(strict_types=1);

use Pantry\Database;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$settings = require __DIR__ . '/../config/settings.php';
Database::boot($settings);

$app = AppFactory::create();
$app->addErrorMiddleware($settings['displayErrorDetails'], true, true);
$app->get('/items', function ($request, $response) {
    $response->getBody()->write(json_encode(Illuminate\Database\Capsule\Manager::table('items')->get()));
    return $response->withHeader('Content-Type', 'application/json');
});
$app->run();
