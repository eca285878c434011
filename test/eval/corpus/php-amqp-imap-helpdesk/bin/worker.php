<?php

require __DIR__ . '/../vendor/autoload.php';

$conn = Helpdesk\Queue\Connection::open();
$channel = $conn->channel();
$channel->queue_declare('tickets', false, true, false, false);
echo "waiting for tickets\n";
