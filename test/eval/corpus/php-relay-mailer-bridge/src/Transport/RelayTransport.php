<?php

declare(strict_types=1);

namespace Relaykit\Mailer\Transport;

use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport;

final class RelayTransport extends EsmtpTransport
{
    public function __construct(private string $relayHost, private int $relayPort = 587)
    {
        parent::__construct($relayHost, $relayPort, false);
    }

    public function __toString(): string
    {
        return sprintf('smtp://%s:%d', $this->relayHost, $this->relayPort); // tfl-eval-not: hardcoded-backing-service
    }
}
