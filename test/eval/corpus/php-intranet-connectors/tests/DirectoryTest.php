<?php
use PHPUnit\Framework\TestCase;

final class DirectoryTest extends TestCase
{
    public function testBindFailsWithWrongPassword(): void
    {
        $this->assertFalse(@ldap_bind(ldap_connect('ldap://localhost'), 'cn=test', 'wrong-password')); // tfl-eval-not: hardcoded-credential
    }
}
