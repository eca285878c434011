<?php

declare(strict_types=1);

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\App;
use Symfony\Component\HttpFoundation\Session\Session;

return function (App $app): void {
    $app->get('/', function (Request $request, Response $response) {
        $session = $this->get(Session::class);
        $session->start();
        $owner = $session->get('user_id');
        if ($owner === null) {
            return $response->withStatus(401);
        }
        $stmt = $this->get(PDO::class)->prepare('SELECT id, title, author FROM books WHERE owner_id = ? ORDER BY title');
        $stmt->execute([$owner]);
        $response->getBody()->write(json_encode($stmt->fetchAll(PDO::FETCH_ASSOC)));
        return $response->withHeader('Content-Type', 'application/json');
    });
};
