<?php

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

class LoanControllerTest extends WebTestCase
{
    public function testMemberSeesLoans(): void
    {
        $client = static::createClient();
        $client->request('POST', '/login', ['email' => 'member1@example.com', 'password' => 'member-pass']);
        $this->assertResponseRedirects('/loans');
    }
}
