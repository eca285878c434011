<?php

require __DIR__ . '/vendor/autoload.php';

$pdo = Stock\Database::connect();
$items = $pdo->query('SELECT sku, qty FROM items')->fetchAll(PDO::FETCH_ASSOC);
header('Content-Type: application/json');
echo json_encode($items);
