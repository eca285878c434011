<?php

namespace App\Tests\Api;

use ApiPlatform\Symfony\Bundle\Test\ApiTestCase;

final class VenuesTest extends ApiTestCase
{
    private const ADMIN_PASSWORD = 'phpunit-admin-pass';

    public function testCollection(): void
    {
        static::createClient()->request('GET', '/venues', ['headers' => ['X-Venues-Key' => 'test-api-key']]);
        $this->assertResponseIsSuccessful();
    }
}
