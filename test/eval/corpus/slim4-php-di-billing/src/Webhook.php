<?php

namespace Billing;

final class Webhook
{
    private const PADDLE_PUBLIC_KEY = <<<KEY
-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA0mLrxm+ZbDDy8mkkX4Z84wC3J3vQHsSBBHiYD5eI2is8n6rPlc55E2gH4y34G+u7
-----END PUBLIC KEY-----
KEY;

    public function verify(array $fields, string $signature): bool
    {
        return openssl_verify(serialize($fields), base64_decode($signature), self::PADDLE_PUBLIC_KEY, OPENSSL_ALGO_SHA1) === 1;
    }
}
