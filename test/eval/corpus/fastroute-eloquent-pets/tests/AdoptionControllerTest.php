<?php

use Monolog\Handler\TestHandler;
use Monolog\Logger;
use PHPUnit\Framework\TestCase;

final class AdoptionControllerTest extends TestCase
{
    public function testLoggerRecords(): void
    {
        $handler = new TestHandler();
        $logger = new Logger('test', [$handler]);
        $logger->info('hello');
        $this->assertTrue($handler->hasInfoRecords());
    }
}
