<?php

declare(strict_types=1);

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;
use Volunteers\Auth\SessionStore;
use Volunteers\Catalogue\ShiftTypes;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$sessions = new SessionStore();

$app->post('/login', function (Request $request, Response $response) use ($sessions) {
    $token = $sessions->open((int) ($request->getParsedBody()['volunteer_id'] ?? 0));
    return $response->withHeader('Set-Cookie', "volunteer_session={$token}; HttpOnly; Secure; Path=/");
});

$app->get('/shift-types', function (Request $request, Response $response) {
    $response->getBody()->write(json_encode((new ShiftTypes())->all()));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->run();
