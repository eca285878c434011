<?php

declare(strict_types=1);

namespace Ledgerbird\Infrastructure;

final class Keys
{
    public const string SIGNING_ALGORITHM = 'HS256'; // tfl-eval-not: hardcoded-credential
    public const string JWT_SECRET = '3T0nmFHxSUhhQqnVA9iO9MjmhR60ECxfztpHfusufFXp'; // tfl-eval: hardcoded-credential
    public const int PASSWORD_MIN_LENGTH = 12; // tfl-eval-not: hardcoded-credential

    public static function forEnvironment(string $env): string
    {
        return match ($env) {
            'prod' => 'ab3397f3c6c3809d44db07a7434a5912831f4aba39458652ec6a272d21aabdc5', // tfl-eval: hardcoded-credential
            'test' => 'test-secret',
            default => $_ENV['ENCRYPTION_KEY'] ?? '', // tfl-eval-not: hardcoded-credential
        };
    }
}
