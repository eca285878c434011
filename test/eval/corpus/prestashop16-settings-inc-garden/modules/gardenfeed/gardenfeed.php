<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

class GardenFeed extends Module
{
    /** The supplier's stock feed; the account is shared by all our shops. */
    const FEED_URL = 'https://feeds.greenhouse-supply.example.com/v2/stock.csv';
    const FEED_LOGIN = 'gardenshop';
    const FEED_PASSWORD = 'b67e1122d205c28f'; // tfl-eval: hardcoded-credential

    public function __construct()
    {
        $this->name = 'gardenfeed';
        $this->tab = 'administration';
        $this->version = '1.2.0';
        $this->author = 'Garden Shop';
        parent::__construct();
        $this->displayName = $this->l('Supplier stock feed');
        $this->description = $this->l('Imports the supplier stock levels every night. Enter the feed password below.'); // tfl-eval-not: hardcoded-credential
    }

    public function install()
    {
        return parent::install()
            && Configuration::updateValue('GARDENFEED_API_KEY', '') // tfl-eval-not: hardcoded-credential
            && Configuration::updateValue('GARDENFEED_WEBHOOK_SECRET', '2ffb674731cf3c3ec677c9e4a21a08fd') // tfl-eval: hardcoded-credential
            && $this->registerHook('actionCronJob');
    }

    public function getContent()
    {
        if (Tools::isSubmit('submitGardenFeed')) {
            Configuration::updateValue('GARDENFEED_API_KEY', Tools::getValue('GARDENFEED_API_KEY')); // tfl-eval-not: hardcoded-credential
        }

        return $this->renderForm();
    }

    private function fetch()
    {
        $ch = curl_init(self::FEED_URL);
        curl_setopt($ch, CURLOPT_USERPWD, self::FEED_LOGIN . ':' . self::FEED_PASSWORD);
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Api-Key: ' . Configuration::get('GARDENFEED_API_KEY')]); // tfl-eval-not: hardcoded-credential
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);

        return curl_exec($ch);
    }
}
