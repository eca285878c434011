<?php
use Ledger\Vault;
use PHPUnit\Framework\TestCase;

final class VaultTest extends TestCase
{
    public function testSealIsNotPlaintext(): void
    {
        $this->assertNotSame('12345678', (new Vault())->seal('12345678'));
    }
}
