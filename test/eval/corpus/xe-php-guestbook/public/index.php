<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

$pdo = new PDO(getenv('DATABASE_DSN'), getenv('DATABASE_USER'), getenv('DATABASE_PASSWORD'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
$pdo->exec(file_get_contents(__DIR__ . '/../sql/schema.sql')); // tfl-eval: startup-migration

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('INSERT INTO entries (name, message) VALUES (?, ?)');
    $stmt->execute([$_POST['name'] ?? '', $_POST['message'] ?? '']);
    header('Location: /');
    exit;
}

$entries = $pdo->query('SELECT name, message FROM entries ORDER BY id DESC LIMIT 50')->fetchAll();
require __DIR__ . '/../templates/list.php';
