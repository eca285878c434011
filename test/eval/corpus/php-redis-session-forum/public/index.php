<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

// Sessions go to Redis (docker/php/conf.d/session.ini, with the phpredis extension).
session_start(); // tfl-eval-not: memory-session-store

$dispatcher = FastRoute\simpleDispatcher(require __DIR__ . '/../routes.php');
$route = $dispatcher->dispatch($_SERVER['REQUEST_METHOD'], strtok($_SERVER['REQUEST_URI'], '?'));
