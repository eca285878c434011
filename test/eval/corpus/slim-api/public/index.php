<?php

use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

ini_set('session.save_handler', 'files'); // tfl-eval: memory-session-store
ini_set('session.save_path', '/tmp/slim-sessions');
session_start();

$app = AppFactory::create();
$app->addErrorMiddleware(false, true, true);
$app->run();
