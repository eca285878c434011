<?php

use PHPUnit\Framework\TestCase;

final class SettingsTest extends TestCase
{
    public function testLoggerWritesToAFileInTests(): void
    {
        $path = sys_get_temp_dir() . '/pantry-test.log';
        $handler = new Monolog\Handler\StreamHandler($path); // tfl-eval-not: file-logger
        $this->assertSame($path, $handler->getUrl());
    }
}
