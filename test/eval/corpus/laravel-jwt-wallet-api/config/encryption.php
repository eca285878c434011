<?php

use Defuse\Crypto\Key;

return [
    // Card tokens at rest; rotate with `php artisan wallet:rotate-key`.
    'card_key' => fn () => Key::loadFromAsciiSafeString('def00000b3f1a7c9e2d4f6a8b0c1e3d5f7a9b2c4e6f8a0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8'), // tfl-eval: hardcoded-credential
    'legacy_key' => fn () => Key::loadFromAsciiSafeString(env('WALLET_LEGACY_KEY')), // tfl-eval-not: hardcoded-credential
];
