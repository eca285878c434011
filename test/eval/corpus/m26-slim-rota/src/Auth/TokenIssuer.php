<?php

declare(strict_types=1);

namespace Rota\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenIssuer
{
    private const JWT_KEY = 'your-secret-key'; // tfl-eval: hardcoded-credential
    private const ALGORITHM = 'HS256'; // tfl-eval-not: hardcoded-credential
    private const ISSUER = 'rota-api'; // tfl-eval-not: hardcoded-credential

    public function issue(int $userId): string
    {
        $now = time();
        return JWT::encode(['iss' => self::ISSUER, 'sub' => $userId, 'iat' => $now, 'exp' => $now + 3600], self::JWT_KEY, self::ALGORITHM);
    }

    public function verify(string $token): object
    {
        return JWT::decode($token, new Key(self::JWT_KEY, self::ALGORITHM));
    }
}
