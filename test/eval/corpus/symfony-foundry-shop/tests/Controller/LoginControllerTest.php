<?php

namespace App\Tests\Controller;

use App\Factory\UserFactory;
use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

class LoginControllerTest extends WebTestCase
{
    public function testLogin(): void
    {
        $client = static::createClient();
        UserFactory::createOne(['email' => 'me@shop.test', 'plainPassword' => 'password']);
        $client->request('GET', '/login');
        $client->submitForm('Sign in', ['_username' => 'me@shop.test', '_password' => 'password']);
        self::assertResponseRedirects('/');
    }
}
