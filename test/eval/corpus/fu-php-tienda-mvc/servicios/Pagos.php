<?php
class Pagos
{
    private $host = 'api.mercadopago.com'; // tfl-eval-not: hardcoded-backing-service
    private $token;

    public function __construct()
    {
        $this->token = getenv('MP_ACCESS_TOKEN');
    }

    public function crear(array $pago)
    {
        $ch = curl_init("https://{$this->host}/v1/payments");
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $this->token]);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($pago));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode(curl_exec($ch), true);
    }
}
