<?php

declare(strict_types=1);

use FastRoute\RouteCollector;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Shortlinks\Config;
use Shortlinks\Database;

require __DIR__ . '/../vendor/autoload.php';

$log = new Logger('shortlinks');
$log->pushHandler(new StreamHandler(Config::logFile())); // tfl-eval: file-logger

$pdo = Database::connect();
Database::runMigrations($pdo); // tfl-eval: startup-migration

// Sessions in a folder on this web node's disk.
session_save_path(__DIR__ . '/../var/sessions'); // tfl-eval: memory-session-store
session_start();

$dispatcher = FastRoute\simpleDispatcher(function (RouteCollector $r) {
    $r->addRoute('POST', '/login', 'login');
    $r->addRoute('GET', '/{slug}', 'follow');
});

$route = $dispatcher->dispatch($_SERVER['REQUEST_METHOD'], parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($route[0] !== FastRoute\Dispatcher::FOUND) {
    http_response_code(404);
    exit;
}
if ($route[1] === 'login') {
    $stmt = $pdo->prepare('SELECT id FROM users WHERE email = ?');
    $stmt->execute([$_POST['email'] ?? '']);
    $id = $stmt->fetchColumn();
    if ($id === false) {
        http_response_code(401);
        exit;
    }
    $_SESSION['user_id'] = (int) $id;
    exit;
}
$stmt = $pdo->prepare('SELECT target FROM links WHERE slug = ?');
$stmt->execute([$route[2]['slug']]);
$target = $stmt->fetchColumn();
$log->info('follow', ['slug' => $route[2]['slug']]);
header('Location: ' . $target, true, 301);
