<?php

namespace Signer;

final class Webhooks
{
    public static function verifier(): callable
    {
        $secret = 'webhook-secret'; // tfl-eval: hardcoded-credential
        return function (string $body, string $signature) use ($secret): bool {
            return hash_equals(hash_hmac('sha256', $body, $secret), $signature);
        };
    }

    public static function signer(): callable
    {
        $key = 'partner-signing-key'; // tfl-eval: hardcoded-credential
        return fn (string $body): string => hash_hmac('sha256', $body, $key);
    }

    public static function fromEnv(): callable
    {
        $secret = getenv('WEBHOOK_SECRET'); // tfl-eval-not: hardcoded-credential
        return function (string $body) use ($secret): string {
            return hash_hmac('sha256', $body, $secret);
        };
    }

    public static function labels(): callable
    {
        $secret = 'Webhook secret'; // tfl-eval-not: hardcoded-credential
        return function (string $field) use ($secret): string {
            return sprintf('%s: %s', $secret, $field);
        };
    }
}
