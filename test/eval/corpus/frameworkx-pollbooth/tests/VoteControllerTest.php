<?php

use Acme\Pollbooth\VoteController;
use PHPUnit\Framework\TestCase;

final class VoteControllerTest extends TestCase
{
    private array $sessions = []; // tfl-eval-not: memory-session-store

    public function testControllerIsInvokable(): void
    {
        $this->assertTrue(is_callable([VoteController::class, '__invoke']));
    }
}
