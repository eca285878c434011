<?php

namespace Archive\Archive;

use PhpImap\Mailbox;

final class Mailboxes
{
    public static function legal(): Mailbox
    {
        return new Mailbox('{imap.archive.example:993/imap/ssl}INBOX', 'legal-hold@archive.example', 'G46xuWHWJYC0xf!1', __DIR__ . '/attachments'); // tfl-eval: hardcoded-credential
    }

    public static function fromEnv(): Mailbox
    {
        return new Mailbox(getenv('IMAP_PATH'), getenv('IMAP_USER'), getenv('IMAP_PASSWORD')); // tfl-eval-not: hardcoded-credential
    }
}
