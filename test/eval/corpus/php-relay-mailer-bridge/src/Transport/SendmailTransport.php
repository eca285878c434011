<?php

declare(strict_types=1);

namespace Relaykit\Mailer\Transport;

use Symfony\Component\Mailer\SentMessage;
use Symfony\Component\Mailer\Transport\AbstractTransport;

/**
 * Hands messages to the local sendmail binary; the DSN shown in logs and the
 * profiler is a display form, sendmail is not reached over the network.
 */
final class SendmailTransport extends AbstractTransport
{
    private string $command = '/usr/sbin/sendmail -bs';

    public function __construct(?string $command = null)
    {
        parent::__construct();
        if (null !== $command) {
            $this->command = $command;
        }
    }

    protected function doSend(SentMessage $message): void
    {
        $process = proc_open($this->command, [0 => ['pipe', 'r']], $pipes);
        fwrite($pipes[0], $message->toString());
        fclose($pipes[0]);
        proc_close($process);
    }

    public function __toString(): string
    {
        return 'smtp://sendmail'; // tfl-eval-not: hardcoded-backing-service
    }
}
