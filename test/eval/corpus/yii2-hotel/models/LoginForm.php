<?php

namespace app\models;

use Yii;
use yii\base\Model;

class LoginForm extends Model
{
    public $username;
    public $password;
    public $rememberMe = true;

    public function rules()
    {
        return [
            [['username', 'password'], 'required'], // tfl-eval-not: hardcoded-credential
            ['password', 'string', 'min' => 8], // tfl-eval-not: hardcoded-credential
            ['password', 'validatePassword'], // tfl-eval-not: hardcoded-credential
        ];
    }

    public function attributeLabels()
    {
        return [
            'password' => Yii::t('app', 'Password'), // tfl-eval-not: hardcoded-credential
        ];
    }
}
