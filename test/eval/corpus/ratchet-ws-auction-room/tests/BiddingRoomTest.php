<?php

use Lotline\Auction\BiddingRoom;
use PHPUnit\Framework\TestCase;
use Ratchet\Server\IoServer;

final class BiddingRoomTest extends TestCase
{
    public function testStartsAtZero(): void
    {
        $room = new BiddingRoom(5);
        $this->assertInstanceOf(BiddingRoom::class, $room);
    }

    public function testServerFactory(): void
    {
        $this->markTestSkipped('needs a free port');
        IoServer::factory(new \Ratchet\Http\HttpServer(new \Ratchet\WebSocket\WsServer(new BiddingRoom(1))), 18080);
    }
}
