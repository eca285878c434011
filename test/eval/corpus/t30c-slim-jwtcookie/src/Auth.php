<?php
use Firebase\JWT\JWT;
use Firebase\JWT\Key;

const JWT_KEY = 'slimshop_jwt_key'; // tfl-eval-not: hardcoded-credential
const JWT_SECRET = 'slimshop_jwt_secret'; // tfl-eval: hardcoded-credential

function issueToken(int $userId): void
{
    $token = JWT::encode(['sub' => $userId], JWT_SECRET, 'HS256');
    setcookie(JWT_KEY, $token, time() + 3600, '/', '', true, true);
}

function currentUser(): ?object
{
    if (empty($_COOKIE[JWT_KEY])) {
        return null;
    }
    return JWT::decode($_COOKIE[JWT_KEY], new Key(JWT_SECRET, 'HS256'));
}
