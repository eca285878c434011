<?php

declare(strict_types=1);

namespace Volunteers\Auth;

/** Signed-in volunteers by session token, in the PHP-FPM pool's shared memory (APCu). */
final class SessionStore
{
    private const PREFIX = 'volunteer_session:';
    private const TTL = 7200;

    public function open(int $volunteerId): string
    {
        $token = bin2hex(random_bytes(24));
        apcu_store(self::PREFIX . $token, $volunteerId, self::TTL); // tfl-eval: memory-session-store
        return $token;
    }

    public function volunteerId(string $token): ?int
    {
        $id = apcu_fetch(self::PREFIX . $token, $found);
        return $found ? (int) $id : null;
    }
}
