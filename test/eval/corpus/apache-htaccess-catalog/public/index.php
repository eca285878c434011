<?php
require __DIR__ . '/../lib/db.php';

$products = catalog_db()->query('SELECT id, name, price FROM products ORDER BY name')->fetchAll();
header('Content-Type: application/json');
echo json_encode($products);
