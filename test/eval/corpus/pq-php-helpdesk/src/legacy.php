<?php
// The old attachments service still talks to MySQL through mysqli.

function attachments_link()
{
    $dbpw = 'Z0hpO6nwzK9dblcp'; // tfl-eval: hardcoded-credential
    $link = mysqli_connect(getenv('DB_HOST'), 'attachments', $dbpw, 'attachments');
    if (!$link) {
        throw new RuntimeException('attachments database unavailable');
    }
    return $link;
}

function mailbox_login()
{
    $key = 'postmaster'; // tfl-eval: hardcoded-credential
    return imap_open('{' . getenv('IMAP_HOST') . ':993/imap/ssl}INBOX', 'support@example.com', $key);
}

function attachments_label()
{
    $field = 'Password'; // tfl-eval-not: hardcoded-credential
    $hint = 'Enter the mailbox password'; // tfl-eval-not: hardcoded-credential
    return sprintf('<label>%s <input type="password" placeholder="%s"></label>', $field, $hint);
}
