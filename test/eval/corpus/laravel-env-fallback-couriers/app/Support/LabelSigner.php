<?php

namespace App\Support;

final class LabelSigner
{
    private const KEY = 'b61c0a8e4f3d2c7a9e5b1d6f8a0c3e2b4d7f9a1c5e8b0d2f6a3c7e9b1d4f8a2c'; // tfl-eval: hardcoded-credential
    private const NONCE_BYTES = SODIUM_CRYPTO_SECRETBOX_NONCEBYTES;

    public function seal(string $label): string
    {
        $nonce = random_bytes(self::NONCE_BYTES);
        $box = sodium_crypto_secretbox($label, $nonce, sodium_hex2bin(self::KEY));
        return base64_encode($nonce . $box);
    }

    public function open(string $sealed): string|false
    {
        $raw = base64_decode($sealed);
        $nonce = substr($raw, 0, self::NONCE_BYTES);
        return sodium_crypto_secretbox_open(substr($raw, self::NONCE_BYTES), $nonce, sodium_hex2bin(self::KEY));
    }
}
