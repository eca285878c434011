<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

ini_set('log_errors', '1');
ini_set('error_log', __DIR__ . '/../storage/php-error.log'); // tfl-eval: file-logger

$config = require __DIR__ . '/../config/app.php';
$book = new Guestbook\Book(new PDO($config['dsn'], getenv('DB_USER'), getenv('DB_PASSWORD')));

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $book->sign($_POST['name'] ?? 'anonymous', $_POST['message'] ?? '');
    error_log('entry signed'); // tfl-eval-not: file-logger
    header('Location: /');
    exit;
}
foreach ($book->latest(20) as $entry) {
    echo '<p>' . htmlspecialchars($entry['name']) . ': ' . htmlspecialchars($entry['message']) . '</p>';
}
