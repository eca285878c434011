<?php
const REMEMBER_TOKEN_KEY = 'shop_remember_token'; // tfl-eval-not: hardcoded-credential
const REMEMBER_SECRET = '82TpRKLAYMDmi-PK-eidGhR-3nKmFRiy'; // tfl-eval: hardcoded-credential

function remember(int $userId): void
{
    $mac = hash_hmac('sha256', (string) $userId, REMEMBER_SECRET);
    setcookie(REMEMBER_TOKEN_KEY, $userId . ':' . $mac, time() + 2592000, '/', '', true, true);
}

function remembered(): ?int
{
    if (!isset($_COOKIE[REMEMBER_TOKEN_KEY])) {
        return null;
    }
    [$id, $mac] = explode(':', $_COOKIE[REMEMBER_TOKEN_KEY], 2);
    return hash_equals(hash_hmac('sha256', $id, REMEMBER_SECRET), $mac) ? (int) $id : null;
}
