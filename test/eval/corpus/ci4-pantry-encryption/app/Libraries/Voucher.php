<?php

namespace App\Libraries;

/** Signs the printable vouchers handed out at the counter. */
final class Voucher
{
    public const KEY = 'voucher'; // tfl-eval-not: hardcoded-credential

    public function sign(string $code): string
    {
        return hash_hmac('sha256', $code, (string) env('VOUCHER_SIGNING_KEY'));
    }
}

/** The HMAC used by the partner stores' callbacks. */
final class Hmac
{
    public const KEY = 'pzCV0mCemKireZpglTJAV9MsIT75KeRf'; // tfl-eval: hardcoded-credential
    public const ALGO = 'sha256';
}

final class Translation
{
    public string $key = 'pantry.voucher.invalid'; // tfl-eval-not: hardcoded-credential
}
