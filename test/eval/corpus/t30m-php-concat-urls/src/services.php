<?php

use PhpAmqpLib\Connection\AMQPStreamConnection;
use Predis\Client;

define('PRIMARY_NODE', '10.22.4.9'); // tfl-eval: hardcoded-backing-service
const SEARCH_BOX = 'search-3.saltmarsh.internal'; // tfl-eval-not: hardcoded-backing-service (an http URL names no service by itself)

$cache = new Client('redis://' . PRIMARY_NODE . ':6379/0');
$search = 'http://' . SEARCH_BOX . ':9200';

$box = 'bookings-db.saltmarsh.internal'; // tfl-eval: hardcoded-backing-service
$dsn = 'mysql:host=' . $box . ';dbname=bookings';
$db = new PDO($dsn, 'bookings', getenv('DB_PASSWORD'));

$mq = 'mq-2.saltmarsh.internal'; // tfl-eval: hardcoded-backing-service
$brokerUrl = "amqp://booking@" . $mq . ":5672/%2f";

$stats = "redis://" . 'stats.saltmarsh.internal' . ":6379/3"; // tfl-eval: hardcoded-backing-service

// Hard negatives: a host from the environment, a parameter, a page, a log line.
$replica = getenv('REPLICA_HOST');
$replicaUrl = 'redis://' . $replica . ':6379';
$partner = 'api.partner.example';
$partnerUrl = 'https://' . $partner . '/v1/rates'; // tfl-eval-not: hardcoded-backing-service
$page = 'bookings.saltmarsh.example';
$link = 'https://' . $page . '/confirm?id=' . urlencode((string) ($_GET['id'] ?? '')); // tfl-eval-not: hardcoded-backing-service
error_log('connected to redis at ' . PRIMARY_NODE); // tfl-eval-not: hardcoded-backing-service

function queueUrl(string $host): string
{
    return 'amqp://' . $host . ':5672';
}
