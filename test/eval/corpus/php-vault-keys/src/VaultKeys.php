<?php

namespace Billing;

final class VaultKeys
{
    public const KEY_JWT_SECRET = 'jwt_secret'; // tfl-eval-not: hardcoded-credential
    public const FIELD_API_TOKEN = 'api_token'; // tfl-eval-not: hardcoded-credential

    public static function jwt(array $data): string
    {
        return $data[self::KEY_JWT_SECRET];
    }
}
