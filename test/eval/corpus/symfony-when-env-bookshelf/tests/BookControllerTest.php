<?php

namespace App\Tests;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

class BookControllerTest extends WebTestCase
{
    public function testUnknownBookIs404(): void
    {
        $client = static::createClient();
        $client->request('GET', '/books/0000000000000');
        $this->assertResponseStatusCodeSame(404);
    }
}
