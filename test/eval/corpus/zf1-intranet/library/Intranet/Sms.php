<?php

class Intranet_Sms
{
    const GATEWAY_URL = 'https://api.smsgateway.example.de/v1/send';
    const GATEWAY_USER = 'intranet';
    const GATEWAY_KEY = 'a7f3e91c4b2d6085f1e3c7a9b4d2e6f8'; // tfl-eval: hardcoded-credential

    public function send($number, $text)
    {
        $client = new Zend_Http_Client(self::GATEWAY_URL);
        $client->setAuth(self::GATEWAY_USER, self::GATEWAY_KEY);
        $client->setParameterPost(array('to' => $number, 'text' => $text));
        return $client->request('POST')->isSuccessful();
    }
}
