<?php

declare(strict_types=1);

use FastRoute\RouteCollector;
use Pets\Http\AdoptionController;
use Pets\Support\Database;
use Pets\Support\Logging;

require __DIR__ . '/../vendor/autoload.php';

ini_set('session.save_handler', 'files'); // tfl-eval: memory-session-store
ini_set('session.save_path', __DIR__ . '/../var/sessions');
session_start();

Database::boot();
Database::ensureSchema(); // tfl-eval: startup-migration

$logger = Logging::create();
$controller = new AdoptionController($logger);

$dispatcher = FastRoute\simpleDispatcher(function (RouteCollector $r) {
    $r->addRoute('POST', '/pets/{pet}/adopt', 'adopt');
});

$routeInfo = $dispatcher->dispatch($_SERVER['REQUEST_METHOD'], rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH)));
if ($routeInfo[0] === FastRoute\Dispatcher::FOUND) {
    header('Content-Type: application/json');
    echo $controller->request($routeInfo[2]);
} else {
    http_response_code(404);
}
