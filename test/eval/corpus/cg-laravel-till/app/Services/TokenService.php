<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

class TokenService
{
    private const ADMIN_PIN = '284610'; // tfl-eval: hardcoded-credential
    private const PIN_LENGTH = 6; // tfl-eval-not: hardcoded-credential

    public function issue(int $userId): string
    {
        return JWT::encode(['sub' => $userId, 'exp' => time() + 3600], 'your-jwt-secret-key', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public function verify(string $token): object
    {
        return JWT::decode($token, new Key(config('auth.jwt_public_key'), 'RS256')); // tfl-eval-not: hardcoded-credential
    }

    public function unlock(string $pin): bool
    {
        return strlen($pin) === self::PIN_LENGTH && hash_equals(self::ADMIN_PIN, $pin);
    }
}
