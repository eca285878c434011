<?php
declare(strict_types=1);

$entriesDir = __DIR__ . '/../data/entries';
$uploadsDir = getenv('SPOOL_DIR') ?: '/var/spool/guestbook';

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $path === '/entries') {
    $id = bin2hex(random_bytes(8));
    $entry = ['id' => $id, 'name' => $_POST['name'] ?? '', 'text' => $_POST['text'] ?? ''];
    file_put_contents($entriesDir . "/{$id}.json", json_encode($entry)); // tfl-eval: memory-session-store
    header('Location: /entries/' . $id);
    exit;
}

if (preg_match('#^/entries/([a-f0-9]{16})$#', $path, $m)) {
    header('Content-Type: application/json');
    echo file_get_contents($entriesDir . "/{$m[1]}.json");
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $path === '/spool') {
    $id = bin2hex(random_bytes(8));
    file_put_contents("{$uploadsDir}/{$id}.json", file_get_contents('php://input')); // tfl-eval-not: memory-session-store
    echo file_get_contents("{$uploadsDir}/{$id}.json");
}
