<?php

declare(strict_types=1);

namespace Lotline\Auction;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class BiddingRoom implements MessageComponentInterface
{
    private \SplObjectStorage $clients;
    private int $highest = 0;

    public function __construct(private readonly int $minIncrement)
    {
        $this->clients = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn): void
    {
        $this->clients->attach($conn);
        $conn->send(json_encode(['highest' => $this->highest]));
    }

    public function onMessage(ConnectionInterface $from, $msg): void
    {
        $bid = (int) (json_decode($msg, true)['bid'] ?? 0);
        if ($bid < $this->highest + $this->minIncrement) {
            $from->send(json_encode(['error' => 'Bid too low']));
            return;
        }
        $this->highest = $bid;
        foreach ($this->clients as $client) {
            $client->send(json_encode(['highest' => $bid]));
        }
    }

    public function onClose(ConnectionInterface $conn): void
    {
        $this->clients->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e): void
    {
        error_log($e->getMessage());
        $conn->close();
    }
}
