<?php
require_once '../includes/config.inc.php';

session_start();
if (empty($_SESSION['admin'])) {
    if (($_POST['password'] ?? '') !== 'Pebble@5734walnut') { // tfl-eval: hardcoded-credential
        header('Location: login.php?error=wrong_password'); // tfl-eval-not: hardcoded-credential
        exit;
    }
    $_SESSION['admin'] = true;
}

$ftp = ftp_connect('backup.webshop-hosting.example');
ftp_login($ftp, 'webshop', 'ftZ7IlcSrTbUnrqDMd612gyM'); // tfl-eval: hardcoded-credential
ftp_put($ftp, 'orders.csv', '/tmp/orders.csv', FTP_BINARY);
ftp_close($ftp);

$legacy = new mysqli('10.0.4.12', 'reporting', 'basalt27$', 'reports'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
