<?php

declare(strict_types=1);

use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

ini_set('session.cookie_httponly', '1');
ini_set('mysqli.default_pw', 'quartz21!'); // tfl-eval: hardcoded-credential
ini_set('display_errors', '0');

$settings = require __DIR__ . '/../app/settings.php';
$app = AppFactory::create();
$app->addBodyParsingMiddleware();
$app->post('/login', function ($request, $response) {
    $body = $request->getParsedBody();
    if (($body['password'] ?? '') === '') { // tfl-eval-not: hardcoded-credential
        $response->getBody()->write(json_encode(['error' => 'Missing password']));
        return $response->withStatus(400);
    }
    return $response;
});
$app->run();
