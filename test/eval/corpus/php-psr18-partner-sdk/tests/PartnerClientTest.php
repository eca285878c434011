<?php

declare(strict_types=1);

namespace Freightly\Partner\Tests;

use Freightly\Partner\Http\PartnerClient;
use GuzzleHttp\Client;
use GuzzleHttp\Psr7\HttpFactory;
use PHPUnit\Framework\TestCase;

final class PartnerClientTest extends TestCase
{
    public function testSendsBearerToken(): void
    {
        $client = new PartnerClient(new Client(), new HttpFactory(), 'http://localhost:8089', 'test-token'); // tfl-eval-not: hardcoded-credential
        self::assertInstanceOf(PartnerClient::class, $client);
    }
}
