<?php

namespace Tests\Integration;

use Flarum\Testing\integration\TestCase;

class LoginTest extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $this->prepareDatabase([
            'users' => [
                ['id' => 2, 'username' => 'normal', 'password' => '$2y$10$LO59tiT7uggl6Oe23o/O6.utnF6ipngYjvMvaxo1TciKqBttDNKim', 'email' => 'normal@machine.local'], // tfl-eval-not: hardcoded-credential
            ],
        ]);
    }

    public function test_login_with_password()
    {
        $response = $this->send($this->request('POST', '/login', ['json' => ['identification' => 'normal', 'password' => 'too-obscure'])); // tfl-eval-not: hardcoded-credential
        $this->assertEquals(200, $response->getStatusCode());
    }
}
