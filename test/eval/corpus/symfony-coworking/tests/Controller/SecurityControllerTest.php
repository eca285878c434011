<?php

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

class SecurityControllerTest extends WebTestCase
{
    public function testLoginWithWrongPassword(): void
    {
        $client = static::createClient();
        $client->request('POST', '/login', ['email' => 'ana@example.com', 'password' => 'wrong-password']);
        $this->assertResponseRedirects('/login');
    }
}
