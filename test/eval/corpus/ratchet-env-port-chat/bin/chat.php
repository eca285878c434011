<?php

use Ratchet\Http\HttpServer;
use Ratchet\Server\IoServer;
use Ratchet\WebSocket\WsServer;
use React\EventLoop\Loop;
use React\Socket\SocketServer;

require dirname(__DIR__) . '/vendor/autoload.php';

$port = (int) (getenv('PORT') ?: 8080);
$server = IoServer::factory(new HttpServer(new WsServer(new Chat())), $port, '0.0.0.0');

// Admin socket on the loopback for the ops dashboard.
$admin = new SocketServer('127.0.0.1:' . (getenv('ADMIN_PORT') ?: '9001'), [], Loop::get());

$server->run();
