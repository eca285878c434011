<?php

namespace Signer;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class Tokens
{
    public function issue(int $userId): string
    {
        $payload = ['sub' => $userId, 'exp' => time() + JWT_TTL];
        return JWT::encode($payload, JWT_SECRET, JWT_ALGO);
    }

    public function read(string $jwt): object
    {
        return JWT::decode($jwt, new Key(JWT_SECRET, JWT_ALGO));
    }

    public function refresh(int $userId): string
    {
        return JWT::encode(['sub' => $userId], REFRESH_SECRET, 'HS256');
    }

    public function receipt(string $body): string
    {
        return hash_hmac('sha256', $body, SIGNING_KEY);
    }

    public function receiptId(string $body): string
    {
        return hash('sha256', RECEIPT_SALT . $body);
    }
}
