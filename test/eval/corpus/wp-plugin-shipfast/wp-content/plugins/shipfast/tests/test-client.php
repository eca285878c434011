<?php

class Test_ShipFast_Client extends WP_UnitTestCase
{
    public function test_uses_saved_key()
    {
        update_option('shipfast_api_key', 'sf_test_key_1234'); // tfl-eval-not: hardcoded-credential
        $client = new ShipFast_Client(get_option('shipfast_api_key'));
        $this->assertInstanceOf(ShipFast_Client::class, $client);
    }

    public function test_login()
    {
        $user = $this->factory->user->create(['user_login' => 'shopmanager', 'user_pass' => 'password123']); // tfl-eval-not: hardcoded-credential
        $this->assertGreaterThan(0, $user);
    }
}
