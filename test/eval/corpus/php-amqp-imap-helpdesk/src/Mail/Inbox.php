<?php

namespace Helpdesk\Mail;

final class Inbox
{
    private const MAILBOX = '{imap.mailhost.example.net:993/imap/ssl}INBOX';

    /** @return resource|\IMAP\Connection */
    public static function open()
    {
        $imap = imap_open(self::MAILBOX, 'support@helpdesk.example.net', 'p4KLdtgMuFfc79!1'); // tfl-eval: hardcoded-credential
        if ($imap === false) {
            throw new \RuntimeException(imap_last_error());
        }
        return $imap;
    }

    /** The shared mailbox whose login the admin UI stores. */
    public static function openShared(string $user, string $password)
    {
        return imap_open(self::MAILBOX, $user, $password); // tfl-eval-not: hardcoded-credential
    }
}
