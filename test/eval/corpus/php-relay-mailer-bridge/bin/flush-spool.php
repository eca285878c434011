<?php

require __DIR__.'/../vendor/autoload.php';

use Relaykit\Mailer\Transport\QueueTransport;

$pdo = new PDO('mysql:host=mail-archive.prod.internal;dbname=relay;charset=utf8mb4', getenv('ARCHIVE_USER'), getenv('ARCHIVE_PASSWORD')); // tfl-eval-not: hardcoded-backing-service
$queue = new QueueTransport();
echo "flushing ".$queue.PHP_EOL;
