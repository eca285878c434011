<?php
declare(strict_types=1);

namespace Ledger;

/** Encrypts account numbers at rest. */
final class Vault
{
    private const KEY_HEX = '891737fd86a704ff9de10ebf4c3498951e312c91daabefcd3aebed67bbb66500'; // tfl-eval: hardcoded-credential

    public function seal(string $accountNumber): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return base64_encode($nonce . sodium_crypto_secretbox($accountNumber, $nonce, sodium_hex2bin(self::KEY_HEX)));
    }

    public function signWebhook(string $body): string
    {
        return hash_hmac('sha256', $body, base64_decode('r56jemjBpSgckNDCCaMsOq77oZGShQzA8UElZr7D2zw=')); // tfl-eval: hardcoded-credential
    }

    public function verify(string $body, string $signature): bool
    {
        $key = sodium_hex2bin(getenv('WEBHOOK_KEY_HEX')); // tfl-eval-not: hardcoded-credential
        return hash_equals(hash_hmac('sha256', $body, $key), $signature);
    }
}
