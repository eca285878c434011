<?php

namespace Helpdesk\Crypto;

final class Attachment
{
    public static function seal(string $plain): string
    {
        $iv = random_bytes(16);
        $sealed = openssl_encrypt($plain, 'aes-256-cbc', 'mTwW96knzKmiegCJY7EyvnYCnHeQ3gNC', OPENSSL_RAW_DATA, $iv); // tfl-eval: hardcoded-credential
        return base64_encode($iv . $sealed);
    }

    public static function digest(string $body): string
    {
        return hash('sha256', $body);
    }
}
