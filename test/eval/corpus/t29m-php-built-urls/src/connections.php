<?php

use Doctrine\DBAL\DriverManager;
use Enqueue\AmqpLib\AmqpConnectionFactory;
use Predis\Client;

const CACHE_HOST = 'cache-02.ledger.internal'; // tfl-eval: hardcoded-backing-service

$cache = new Client("redis://" . CACHE_HOST . ":6379");

$primary = '10.12.0.7'; // tfl-eval: hardcoded-backing-service
$sessions = new Client("redis://{$primary}:6379/1");

$host = 'ledger-db.prod.internal'; // tfl-eval: hardcoded-backing-service
$dbName = getenv('DB_NAME') ?: 'ledger';
$conn = DriverManager::getConnection(['url' => "pgsql://ledger@{$host}:5432/{$dbName}"]);

$box = 'reports-db.prod.internal'; // tfl-eval: hardcoded-backing-service
$reportsDsn = "mysql:host={$box};dbname=reports";

$node = 'rabbit.prod.internal'; // tfl-eval: hardcoded-backing-service
$factory = new AmqpConnectionFactory(sprintf('amqp://ledger:%s@%s:5672/%%2f', getenv('AMQP_PASSWORD'), $node));

$port = getenv('STATS_REDIS_PORT') ?: '6379';
$stats = new Client("redis://cache-9.ledger.internal:{$port}/0"); // tfl-eval: hardcoded-backing-service
$audit = new AmqpConnectionFactory(sprintf('amqp://%s@audit-mq.prod.internal:5672', getenv('AUDIT_USER'))); // tfl-eval: hardcoded-backing-service

// Hard negatives: the host comes from the environment or the caller.
$replicaHost = getenv('REPLICA_HOST');
$replica = new Client("redis://{$replicaHost}:6379"); // tfl-eval-not: hardcoded-backing-service
$events = new Client("redis://{$_ENV['EVENTS_REDIS_HOST']}:6379"); // tfl-eval-not: hardcoded-backing-service
$apiHost = 'api.partner.example';
$partnerUrl = sprintf('https://%s/v2/ledger', $apiHost); // tfl-eval-not: hardcoded-backing-service
$banner = "Ledger worker on {$primary}"; // tfl-eval-not: hardcoded-backing-service

function queueUrl(string $host): string
{
    return sprintf('amqp://%s:5672', $host); // tfl-eval-not: hardcoded-backing-service
}
