<?php

class LoginCest
{
    public function logInAsBee(AcceptanceTester $I): void
    {
        $I->amOnPage('/login.php');
        $I->fillField('login', 'bee');
        $I->fillField('password', 'bug'); // tfl-eval-not: hardcoded-credential
        $I->click('Login');
        $I->see('Welcome Bee');
    }
}
