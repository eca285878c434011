<?php
namespace App\Test\TestCase\Controller;

use Cake\TestSuite\IntegrationTestTrait;
use Cake\TestSuite\TestCase;

class UsersControllerTest extends TestCase
{
    use IntegrationTestTrait;

    public function testResetPassword(): void
    {
        $this->post('/users/reset-password/abc123', ['password' => 'NewPassw0rd!']); // tfl-eval-not: hardcoded-credential
        $this->assertResponseOk();
    }
}
