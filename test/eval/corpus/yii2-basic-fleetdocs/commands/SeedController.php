<?php

namespace app\commands;

use app\models\User;
use yii\console\Controller;

/** `./yii seed`: demo users for a fresh database. */
class SeedController extends Controller
{
    public function actionIndex()
    {
        $user = new User(['username' => 'dispatcher', 'email' => 'dispatcher@example.com']);
        $user->setPassword('dispatcher-demo'); // tfl-eval-not: hardcoded-credential
        $user->save();
    }
}
