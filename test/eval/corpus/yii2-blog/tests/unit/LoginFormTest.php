<?php

namespace tests\unit\models;

use app\models\LoginForm;

class LoginFormTest extends \Codeception\Test\Unit
{
    public function testLoginCorrect()
    {
        $model = new LoginForm(['username' => 'demo', 'password' => 'demo-pass-2024']); // tfl-eval-not: hardcoded-credential
        verify($model->login())->true();
    }
}
