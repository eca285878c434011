<?php

declare(strict_types=1);

use Cart\Catalogue;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Predis\Client;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

require __DIR__ . '/vendor/autoload.php';

$log = new Logger('cart');
$log->pushHandler(new StreamHandler('php://stdout')); // tfl-eval-not: file-logger

// Orders are handed to the fulfilment queue on the shared Redis.
$redis = new Client(['host' => 'fulfilment-redis.teashop.internal', 'port' => 6379]); // tfl-eval: hardcoded-backing-service

// Each visitor's cart, kept in this worker between requests.
$carts = []; // tfl-eval: memory-session-store

$server = new Server('0.0.0.0', (int) (getenv('PORT') ?: 9501));
$server->on('request', function (Request $request, Response $response) use (&$carts, $redis, $log) {
    $sid = $request->cookie['sid'] ?? bin2hex(random_bytes(8));
    if ($request->server['request_uri'] === '/cart' && $request->server['request_method'] === 'POST') {
        $tea = $request->post['tea'] ?? 'sencha';
        $carts[$sid][] = $tea;
        $response->cookie('sid', $sid);
        $response->end(json_encode(['items' => $carts[$sid], 'price' => Catalogue::PRICES[$tea] ?? 0]));
        return;
    }
    if ($request->server['request_uri'] === '/checkout') {
        $redis->rpush('orders', [json_encode($carts[$sid] ?? [])]);
        unset($carts[$sid]);
        $log->info('checkout');
    }
    $response->end('ok');
});
$server->start();
