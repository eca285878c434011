<?php
use PHPUnit\Framework\TestCase;

final class DbTest extends TestCase
{
    public function testConnects(): void
    {
        $servername = '127.0.0.1';
        $conn = new mysqli($servername, 'root', 'root', 'guestbook_test');
        $this->assertSame(0, $conn->connect_errno);
    }
}
