<?php

declare(strict_types=1);

use Board\Queue;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();
$queue = Queue::connect();

$app->post('/tickets', function (Request $request, Response $response) use ($queue) {
    $number = $queue->incr('next_ticket');
    $response->getBody()->write(json_encode(['ticket' => $number]));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->run();
