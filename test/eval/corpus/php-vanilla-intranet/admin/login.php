<?php
// An old intranet page: deployed on a shared host whose php.ini is not in the repository.
session_start(); // tfl-eval-not: memory-session-store
include __DIR__ . '/../inc/db.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $db->prepare('SELECT id, pass_hash FROM staff WHERE login = ?');
    $stmt->execute([$_POST['login']]);
    $row = $stmt->fetch();
    if ($row && password_verify($_POST['password'], $row['pass_hash'])) {
        $_SESSION['staff_id'] = $row['id'];
        header('Location: index.php');
        exit;
    }
}
