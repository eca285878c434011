<?php

use Predis\Client;

$redisUrl = getenv('REDIS_URL');
$redis = new Client($redisUrl ?: 'tcp://127.0.0.1:6379');

$mongoUrl = $_ENV['MONGODB_URL'] ?? null;
$mongo = new MongoDB\Client($mongoUrl ?: 'mongodb://localhost:27017'); // tfl-eval-not: hardcoded-backing-service

if (getenv('APP_ENV') === 'production') {
    $queue = getenv('AMQP_URL');
} else {
    $queue = 'amqp://guest:guest@localhost:5672/%2f'; // tfl-eval-not: hardcoded-backing-service
}
