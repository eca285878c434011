<?php

require __DIR__ . '/../vendor/autoload.php';

$mailbox = Archive\Archive\Mailboxes::legal();
foreach ($mailbox->searchMailbox('UNSEEN') as $id) {
    echo $id, PHP_EOL;
}
