<?php

namespace Einvoice\Signing;

final class Signer
{
    public static function sign(string $xml): string
    {
        $key = openssl_pkey_get_private('file:///etc/einvoice/signing.pem', 'FiSTUhFI23G2Zf#6'); // tfl-eval: hardcoded-credential
        openssl_sign($xml, $signature, $key, OPENSSL_ALGO_SHA256);
        return base64_encode($signature);
    }

    public static function certificate(): array
    {
        $p12 = file_get_contents('/etc/einvoice/company.p12');
        openssl_pkcs12_read($p12, $certs, '1SJIPiOHet1f7J#4'); // tfl-eval: hardcoded-credential
        return $certs;
    }

    public static function fromEnv(): \OpenSSLAsymmetricKey|false
    {
        return openssl_pkey_get_private('file:///etc/einvoice/signing.pem', getenv('SIGNING_KEY_PASSPHRASE')); // tfl-eval-not: hardcoded-credential
    }
}
