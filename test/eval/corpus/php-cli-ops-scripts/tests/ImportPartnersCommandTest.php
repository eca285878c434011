<?php

use Harbor\Ops\Command\ImportPartnersCommand;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Tester\CommandTester;

final class ImportPartnersCommandTest extends TestCase
{
    public function testImportsWithGivenToken(): void
    {
        $tester = new CommandTester(new ImportPartnersCommand());
        $tester->execute(['--crm-token' => 'test-token', '--password' => 'secret123', '--limit' => 1]);
        $this->assertSame(0, $tester->getStatusCode());
    }
}
