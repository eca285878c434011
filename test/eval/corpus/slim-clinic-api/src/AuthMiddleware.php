<?php

namespace Clinic;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class AuthMiddleware
{
    private const TOKEN_HEADER = 'Authorization'; // tfl-eval-not: hardcoded-credential
    private const ERROR_INVALID_TOKEN = 'Invalid or expired token'; // tfl-eval-not: hardcoded-credential

    public function decode(string $jwt): object
    {
        return JWT::decode($jwt, new Key('95hh2ldzLe4IvW6qeFjfAAcxOzbNVCCL', 'HS256')); // tfl-eval: hardcoded-credential
    }

    public function isAdmin(array $claims): bool
    {
        return ($claims['role'] ?? '') === 'admin' && ($claims['password_changed'] ?? false) === true; // tfl-eval-not: hardcoded-credential
    }
}
