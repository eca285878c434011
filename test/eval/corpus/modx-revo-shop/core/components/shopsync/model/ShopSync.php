<?php

class ShopSync
{
    const ERP_USER = 'modx-shop';
    const ERP_PASSWORD = '7Ye7TIQE8WE75rQ3Ml'; // tfl-eval: hardcoded-credential

    /** @var modX */
    public $modx;

    public function __construct(modX &$modx)
    {
        $this->modx =& $modx;
    }

    public function client(): SoapClient
    {
        return new SoapClient('https://erp.shop.example/ws?wsdl', [
            'login' => self::ERP_USER,
            'password' => self::ERP_PASSWORD,
            'trace' => true,
        ]);
    }

    public function mollie(): \Mollie\Api\MollieApiClient
    {
        $mollie = new \Mollie\Api\MollieApiClient();
        $mollie->setApiKey('live_WMAWZrVoTyWCAJL7NEi6EwEoqk2OpJ'); // tfl-eval: hardcoded-credential
        return $mollie;
    }
}
