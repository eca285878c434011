<?php
require_once __DIR__ . '/../includes/db.php';
session_start();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = db()->prepare('SELECT id, password_hash FROM staff WHERE email = ?');
    $stmt->bind_param('s', $_POST['email']);
    $stmt->execute();
    $row = $stmt->get_result()->fetch_assoc();
    if ($row && password_verify($_POST['password'], $row['password_hash'])) { // tfl-eval-not: hardcoded-credential
        $_SESSION['staff_id'] = $row['id'];
        header('Location: /admin/');
        exit;
    }
    $error = 'Invalid email or password'; // tfl-eval-not: hardcoded-credential
}
