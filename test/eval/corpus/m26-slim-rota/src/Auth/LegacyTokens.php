<?php

declare(strict_types=1);

namespace Rota\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

// Tokens the old mobile app still sends until it is retired.
class LegacyTokens
{
    const SECRET = 'secret'; // tfl-eval: hardcoded-credential
    const SIGNATURE_HEADER = 'X-Rota-Signature'; // tfl-eval-not: hardcoded-credential
    const SECRET_ENV = 'LEGACY_WEBHOOK_SECRET'; // tfl-eval-not: hardcoded-credential

    public function decode(string $token): object
    {
        return JWT::decode($token, new Key(self::SECRET, 'HS256'));
    }

    public function webhookSecret(): string
    {
        return (string) getenv(self::SECRET_ENV);
    }

    public function signature(array $headers): string
    {
        return $headers[self::SIGNATURE_HEADER] ?? '';
    }
}
