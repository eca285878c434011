<?php

declare(strict_types=1);

namespace App;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    public function issue(int $userId): string
    {
        $payload = [
            'iss' => 'slim-api',
            'sub' => $userId,
            'iat' => time(),
            'exp' => time() + 3600,
        ];

        return JWT::encode($payload, 'example', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key('example', 'HS256')); // tfl-eval: hardcoded-credential
    }

    public function verifyWithEnv(string $jwt): object
    {
        return JWT::decode($jwt, new Key($_ENV['JWT_SECRET'], 'HS256')); // tfl-eval-not: hardcoded-credential
    }
}
