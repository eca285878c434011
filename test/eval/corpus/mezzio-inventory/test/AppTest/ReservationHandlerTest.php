<?php

declare(strict_types=1);

namespace AppTest;

use PHPUnit\Framework\TestCase;

final class ReservationHandlerTest extends TestCase
{
    private array $db = ['hostname' => 'mysql-test', 'password' => 'test'];

    public function testReserves(): void
    {
        self::assertSame('mysql-test', $this->db['hostname']);
    }
}
