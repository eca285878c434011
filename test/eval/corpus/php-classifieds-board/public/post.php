<?php
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$title = trim($_POST['title'] ?? '');
$photo = null;
if (isset($_FILES['photo']) && $_FILES['photo']['error'] === UPLOAD_ERR_OK) {
    $ext = strtolower(pathinfo($_FILES['photo']['name'], PATHINFO_EXTENSION));
    $photo = bin2hex(random_bytes(8)) . '.' . $ext;
    move_uploaded_file($_FILES['photo']['tmp_name'], __DIR__ . '/uploads/' . $photo); // tfl-eval: memory-session-store
}

if (isset($_FILES['bulk']) && $_FILES['bulk']['error'] === UPLOAD_ERR_OK) {
    $staged = sys_get_temp_dir() . '/bulk-' . uniqid() . '.csv';
    move_uploaded_file($_FILES['bulk']['tmp_name'], $staged); // tfl-eval-not: memory-session-store
    Ads::importCsv($pdo, $staged);
    unlink($staged);
}

Ads::create($pdo, $title, $photo);
header('Location: /');
