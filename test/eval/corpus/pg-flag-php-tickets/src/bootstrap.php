<?php

declare(strict_types=1);

$isDev = getenv('APP_ENV') === 'local';
$isProduction = getenv('APP_ENV') === 'production';

if ($isDev) {
    $pdo = new PDO('mysql:host=127.0.0.1;dbname=tickets', 'tickets', 'tickets-dev'); // tfl-eval-not: hardcoded-backing-service, hardcoded-credential
} else {
    $pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
}

$redis = new Predis\Client($isDev ? 'tcp://localhost:6379' : getenv('REDIS_URL')); // tfl-eval-not: hardcoded-backing-service

if (!$isProduction) {
    $mailHost = 'localhost'; // tfl-eval-not: hardcoded-backing-service
}

return ['pdo' => $pdo, 'redis' => $redis];
