<?php

declare(strict_types=1);

use Lotline\Auction\BiddingRoom;
use Ratchet\Http\HttpServer;
use Ratchet\Server\IoServer;
use Ratchet\WebSocket\WsServer;

require dirname(__DIR__) . '/vendor/autoload.php';

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();

$room = new BiddingRoom((int) ($_ENV['MIN_INCREMENT'] ?? 5));

$server = IoServer::factory(
    new HttpServer(new WsServer($room)),
    8080 // tfl-eval: hardcoded-port
);

echo "Auction room listening\n";
$server->run();
