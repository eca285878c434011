<?php

namespace Kiosk;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class Tokens
{
    public static function issue(int $userId): string
    {
        return JWT::encode(['sub' => $userId], 'aaaa', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public static function header(string $token): array
    {
        return ['Authorization' => 'Bearer ' . $token]; // tfl-eval-not: hardcoded-credential
    }

    public static function decode(string $jwt): object
    {
        return JWT::decode($jwt, new Key(getenv('JWT_SECRET'), 'HS256')); // tfl-eval-not: hardcoded-credential
    }
}
