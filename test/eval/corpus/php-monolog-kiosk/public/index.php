<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Kiosk\Logs;
use Kiosk\Orders;

session_start(); // tfl-eval: memory-session-store

$log = Logs::channel('kiosk');
$db = require __DIR__ . '/../config/db.php';
$orders = new Orders($db, $log);

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/cart' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $_SESSION['cart'][] = (int) $_POST['item'];
    header('Content-Type: application/json');
    echo json_encode(['items' => count($_SESSION['cart'])]);
    return;
}
if ($path === '/checkout') {
    echo json_encode(['order' => $orders->place($_SESSION['cart'] ?? [])]);
    $_SESSION['cart'] = [];
}
