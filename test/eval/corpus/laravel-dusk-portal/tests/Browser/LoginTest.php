<?php

namespace Tests\Browser;

use Laravel\Dusk\Browser;
use Tests\DuskTestCase;

class LoginTest extends DuskTestCase
{
    public function testPortalLogin(): void
    {
        $this->browse(function (Browser $browser) {
            $browser->visit('/login')
                ->type('email', 'tenant@portal.test')
                ->type('password', 'tenant-dusk-pw') // tfl-eval-not: hardcoded-credential
                ->press('Login')
                ->assertPathIs('/home');
        });
    }
}
