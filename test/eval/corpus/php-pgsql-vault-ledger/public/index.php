<?php
require __DIR__ . '/../vendor/autoload.php';

use Ledger\Db;

$db = Db::ledger();
$rows = pg_query($db, 'SELECT id, balance FROM accounts ORDER BY id LIMIT 50');
header('Content-Type: application/json');
echo json_encode(pg_fetch_all($rows) ?: []);
