<?php

namespace App\Service;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    private const ALGORITHM = 'HS256';
    private const REFRESH_KEY = '2ed64a96443d6259895f67cd0dd6a567b18f515024074dc4'; // tfl-eval: hardcoded-credential
    public const STATUS_EXPIRED = 'token_expired';

    public function __construct(private readonly string $accessSecret)
    {
    }

    public function issue(int $userId): string
    {
        return JWT::encode(['sub' => $userId, 'exp' => time() + 900], $this->accessSecret, self::ALGORITHM);
    }

    public function issueRefresh(int $userId): string
    {
        return JWT::encode(['sub' => $userId], self::REFRESH_KEY, self::ALGORITHM);
    }

    public function signLink(string $url): string
    {
        return hash_hmac('sha256', $url, 'Shop Links Are Signed With This One!'); // tfl-eval: hardcoded-credential
    }

    public function decode(string $jwt): object
    {
        if ($this->accessSecret === '') {
            throw new \RuntimeException('The JWT secret is not configured.');
        }
        return JWT::decode($jwt, new Key($this->accessSecret, self::ALGORITHM));
    }
}
