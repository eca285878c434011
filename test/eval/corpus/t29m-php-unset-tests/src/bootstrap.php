<?php

use PhpAmqpLib\Connection\AMQPStreamConnection;

$redis = new Redis();
if (!getenv('REDIS_HOST')) {
    $redis->connect('127.0.0.1', 6379); // tfl-eval-not: hardcoded-backing-service
} else {
    $redis->connect(getenv('REDIS_HOST'), (int) getenv('REDIS_PORT'));
}

if (getenv('DATABASE_DSN') === false) {
    $pdo = new PDO('mysql:host=localhost;dbname=bulletin', 'bulletin', getenv('DB_PASSWORD')); // tfl-eval-not: hardcoded-backing-service
} else {
    $pdo = new PDO(getenv('DATABASE_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
}

if (isset($_ENV['AMQP_HOST'])) {
    $amqp = new AMQPStreamConnection($_ENV['AMQP_HOST'], 5672, $_ENV['AMQP_USER'], $_ENV['AMQP_PASSWORD']);
} elseif (getenv('QUEUE_SYNC')) {
    $amqp = null;
} else {
    $amqp = new AMQPStreamConnection('rabbit.prod.internal', 5672, 'bulletin', getenv('AMQP_PASSWORD')); // tfl-eval: hardcoded-backing-service
}

if (empty($_ENV['REPORTS_DSN'])) {
    $reports = new PDO('pgsql:host=localhost;dbname=reports', 'reports', getenv('REPORTS_PASSWORD')); // tfl-eval-not: hardcoded-backing-service
} else {
    $reports = new PDO($_ENV['REPORTS_DSN']);
}

if (getenv('APP_MODE') === 'kiosk') {
    $kiosk = new PDO('mysql:host=localhost;dbname=kiosk', 'kiosk', getenv('KIOSK_PASSWORD')); // tfl-eval: hardcoded-backing-service
}
