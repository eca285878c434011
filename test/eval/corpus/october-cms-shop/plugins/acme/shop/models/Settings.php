<?php namespace Acme\Shop\Models;

use Model;

class Settings extends Model
{
    public $implement = ['System.Behaviors.SettingsModel'];
    public $settingsCode = 'acme_shop_settings';
    public $settingsFields = 'fields.yaml';

    public $rules = [
        'stripe_secret' => 'required|starts_with:sk_', // tfl-eval-not: hardcoded-credential
    ];

    public function initSettingsData()
    {
        $this->stripe_secret = ''; // tfl-eval-not: hardcoded-credential
        $this->paypal_client_secret = 'ohRiSUY3huujRrOYvoisoWxa'; // tfl-eval: hardcoded-credential
    }
}
