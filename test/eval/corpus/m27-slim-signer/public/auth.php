<?php

require __DIR__ . '/../vendor/autoload.php';

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

define('AUTH_JWT_SECRET', 'change-this-secret'); // tfl-eval: hardcoded-credential
define('AUTH_JWT_ALGO', 'HS256');
define('AUTH_COOKIE', 'signer_token'); // tfl-eval-not: hardcoded-credential
define('AUTH_REFRESH_SECRET', getenv('AUTH_REFRESH_SECRET') ?: ''); // tfl-eval-not: hardcoded-credential

function issue_token(int $userId): string
{
    $payload = ['sub' => $userId, 'iat' => time(), 'exp' => time() + 3600];
    return JWT::encode($payload, AUTH_JWT_SECRET, AUTH_JWT_ALGO);
}

function read_token(string $jwt): object
{
    return JWT::decode($jwt, new Key(AUTH_JWT_SECRET, AUTH_JWT_ALGO));
}

function refresh_token(int $userId): string
{
    return JWT::encode(['sub' => $userId], AUTH_REFRESH_SECRET, 'HS256');
}

setcookie(AUTH_COOKIE, issue_token((int) ($_POST['user'] ?? 0)), ['httponly' => true]);
