<?php

namespace Signer\Receipts;

const RECEIPT_SIGNING_KEY = 'receipt-signing-key'; // tfl-eval: hardcoded-credential
const RECEIPT_PREFIX = 'rcpt_';
const RECEIPT_SECRET_HEADER = 'X-Receipt-Signature'; // tfl-eval-not: hardcoded-credential

function sign(string $body): string
{
    return RECEIPT_PREFIX . hash_hmac('sha256', $body, RECEIPT_SIGNING_KEY);
}

function header_name(): string
{
    return RECEIPT_SECRET_HEADER;
}
