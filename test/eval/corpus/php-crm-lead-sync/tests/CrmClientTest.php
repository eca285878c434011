<?php
declare(strict_types=1);

use GuzzleHttp\Client;
use PHPUnit\Framework\TestCase;

final class CrmClientTest extends TestCase
{
    public function testBasicAuthIsSent(): void
    {
        $client = new Client(['auth' => ['user', 'pass']]); // tfl-eval-not: hardcoded-credential
        $this->assertSame(['user', 'pass'], $client->getConfig('auth'));
    }
}
