<?php

$allowed = ['image/png', 'image/jpeg'];

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['document'])) {
    $name = bin2hex(random_bytes(8)) . '-' . basename($_FILES['document']['name']);
    if (!in_array($_FILES['document']['type'], $allowed, true)) {
        http_response_code(415);
        exit;
    }
    move_uploaded_file($_FILES['document']['tmp_name'], 'uploads/' . $name); // tfl-eval: memory-session-store
    header('Location: /files/' . $name);
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'PUT' && isset($_FILES['scan'])) {
    $target = getenv('SCAN_DIR') . '/' . basename($_FILES['scan']['name']);
    move_uploaded_file($_FILES['scan']['tmp_name'], $target); // tfl-eval-not: memory-session-store
}
