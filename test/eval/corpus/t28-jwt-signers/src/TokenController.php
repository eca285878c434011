<?php

namespace App\Http;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenController
{
    public function issue(array $user): string
    {
        $payload = ['sub' => $user['id'], 'iss' => 'billing-api', 'exp' => time() + 3600];
        return JWT::encode($payload, '-HSkSoT2M_YbLXzoX_kocVUF5KwdRPSH', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public function issueFromEnv(array $user): string
    {
        return JWT::encode(['sub' => $user['id'], 'aud' => 'reports-service'], $_ENV['JWT_SECRET'], 'HS256'); // tfl-eval-not: hardcoded-credential
    }

    public function check(string $jwt): object
    {
        return JWT::decode($jwt, new Key(getenv('JWT_SECRET'), 'HS256')); // tfl-eval-not: hardcoded-credential
    }
}
