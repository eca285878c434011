<?php

declare(strict_types=1);

namespace App\Payment;

final class AdyenNotificationVerifier
{
    private const HMAC_KEY_HEX = '1A602166294016FD479670B66690335F6368BB4B4C4B3BDE92C657A033AA99B6'; // tfl-eval: hardcoded-credential

    public function isValid(array $item, string $signature): bool
    {
        $payload = implode(':', [$item['pspReference'], $item['originalReference'] ?? '', $item['merchantAccountCode'], $item['merchantReference'], $item['amount']['value'], $item['amount']['currency'], $item['eventCode'], $item['success']]);
        $expected = base64_encode(hash_hmac('sha256', $payload, pack('H*', self::HMAC_KEY_HEX), true));

        return hash_equals($expected, $signature);
    }
}
