<?php

namespace App\Control;

use SilverStripe\CMS\Controllers\ContentController;
use SilverStripe\Forms\FieldList;
use SilverStripe\Forms\Form;
use SilverStripe\Forms\PasswordField;
use SilverStripe\Forms\FormAction;

class PageController extends ContentController
{
    private static $allowed_actions = ['LoginForm'];

    public function LoginForm(): Form
    {
        $fields = FieldList::create(
            PasswordField::create('Password', 'Your password') // tfl-eval-not: hardcoded-credential
        );
        return Form::create($this, 'LoginForm', $fields, FieldList::create(FormAction::create('doLogin', 'Log in')));
    }
}
