<?php namespace Acme\Forms\Models;

use Winter\Storm\Database\Model;

class Settings extends Model
{
    public $implement = ['System.Behaviors.SettingsModel'];

    public $settingsCode = 'acme_forms_settings';

    public $settingsFields = 'fields.yaml';

    public function initSettingsData()
    {
        $this->recaptcha_site_key = '6LcRpAVmqiISErHL5c2eAcVjVLgFLqQwG3GMM8L3'; // tfl-eval-not: hardcoded-credential
        $this->recaptcha_secret_key = '6LcjF8Xk78HfZqD2cambQrkluqv1TumopT2nni18'; // tfl-eval: hardcoded-credential
        $this->mailchimp_api_key = '08195803e8e2e578c11c5a2dfe4ad5a4-us14'; // tfl-eval: hardcoded-credential
    }
}
