<?php
use GatewayWorker\Gateway;
use Workerman\Worker;

require_once __DIR__ . '/vendor/autoload.php';

$gateway = new Gateway("websocket://0.0.0.0:7272");
$gateway->name = 'ChatGateway';
$gateway->count = 4;
$gateway->lanIp = '10.8.0.4';
$gateway->startPort = 2900;
$gateway->registerAddress = '10.8.0.4:1236';
$gateway->secretKey = 'gw-Reg1ster-S3cret'; // tfl-eval: hardcoded-credential
$gateway->pingInterval = 55;
$gateway->pingData = '{"type":"ping"}';

if (!defined('GLOBAL_START')) {
    Worker::runAll();
}
