<?php

namespace Berth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class Tokens
{
    public static function issue(int $userId): string
    {
        return JWT::encode(['sub' => $userId, 'exp' => time() + 28800], 'changeme', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public static function read(string $jwt): object
    {
        return JWT::decode($jwt, new Key('changeme', 'HS256')); // tfl-eval: hardcoded-credential
    }
}
