<?php
require __DIR__ . '/../vendor/autoload.php';

$db = Helpdesk\Database::tickets();
$rows = $db->query('SELECT id, subject FROM tickets ORDER BY id DESC LIMIT 20')->fetchAll();
header('Content-Type: application/json');
echo json_encode($rows);
