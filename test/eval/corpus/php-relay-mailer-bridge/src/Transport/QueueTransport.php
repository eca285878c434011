<?php

declare(strict_types=1);

namespace Relaykit\Mailer\Transport;

final class QueueTransport
{
    /** @var list<string> */
    private array $spool = [];

    public function push(string $raw): void
    {
        $this->spool[] = $raw;
    }

    public function __toString(): string
    {
        return "redis://spool"; // tfl-eval-not: hardcoded-backing-service
    }

    public function legacyRelayDsn(): string
    {
        // used by bin/flush-spool.php to connect; this one is the real address
        return 'redis://spool-cache.prod.internal:6379/3'; // tfl-eval: hardcoded-backing-service
    }
}
