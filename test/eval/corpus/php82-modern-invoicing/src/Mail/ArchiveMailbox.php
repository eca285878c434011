<?php

declare(strict_types=1);

namespace Ledgerbird\Mail;

final class ArchiveMailbox
{
    public function __construct(
        private readonly string $mailbox,
        #[\SensitiveParameter] private readonly string $password, // tfl-eval-not: hardcoded-credential
        private readonly string $folder = 'INBOX/Invoices',
        private readonly string $passwordHint = 'ask finance-ops', // tfl-eval-not: hardcoded-credential
    ) {
    }

    public static function fromEnv(): self
    {
        return new self(
            mailbox: $_ENV['ARCHIVE_MAILBOX'] ?? 'archive@ledgerbird.io',
            password: $_ENV['ARCHIVE_PASSWORD'] ?? '', // tfl-eval-not: hardcoded-credential
        );
    }

    public function open(): \IMAP\Connection|false
    {
        return imap_open('{imap.ledgerbird.io:993/imap/ssl}' . $this->folder, $this->mailbox, $this->password); // tfl-eval-not: hardcoded-credential
    }
}
