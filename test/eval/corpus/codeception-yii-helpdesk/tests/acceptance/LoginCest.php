<?php

class LoginCest
{
    public function agentLogsIn(AcceptanceTester $I): void
    {
        $I->amOnPage('/site/login');
        $I->fillField('LoginForm[username]', 'agent');
        $I->fillField('LoginForm[password]', 'agent-passw0rd'); // tfl-eval-not: hardcoded-credential
        $I->click('login-button');
        $I->see('Tickets');
    }
}
