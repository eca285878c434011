<?php

function seedDevAdmin(PDO $pdo): void
{
    if (getenv('APP_ENV') === 'production') {
        return;
    }
    $password = 'guarded-admin-dev'; // tfl-eval-not: hardcoded-credential
    $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)')->execute(['admin@guarded.test', password_hash($password, PASSWORD_BCRYPT)]);
}
