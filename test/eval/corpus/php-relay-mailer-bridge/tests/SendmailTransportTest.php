<?php

namespace Relaykit\Mailer\Tests;

use PHPUnit\Framework\TestCase;
use Relaykit\Mailer\Transport\SendmailTransport;

final class SendmailTransportTest extends TestCase
{
    public function testDisplayForm(): void
    {
        $this->assertSame('smtp://sendmail', (string) new SendmailTransport());
    }
}
