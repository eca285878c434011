<?php
declare(strict_types=1);

use Guestbook\Entries;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

session_start(); // tfl-eval: memory-session-store

$pdo = new PDO(getenv('DATABASE_DSN'), getenv('DATABASE_USER'), getenv('DATABASE_PASSWORD'));
$entries = new Entries($pdo);
$app = AppFactory::create();

$app->post('/login', function (Request $request, Response $response) use ($entries) {
    $form = (array) $request->getParsedBody();
    $user = $entries->findUser($form['email'] ?? '', $form['password'] ?? '');
    if ($user === null) {
        return $response->withHeader('Location', '/login?failed=1')->withStatus(302);
    }
    session_regenerate_id(true);
    $_SESSION['user_id'] = $user['id'];
    return $response->withHeader('Location', '/')->withStatus(302);
});

$app->run();
