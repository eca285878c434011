<?php

class Dealers_SyncService
{
    private $endpoint = 'https://dms.dealers.example/api/v1/';
    private $accessKey = 'PgoSr1ND7SkoihIToyYb'; // tfl-eval: hardcoded-credential

    public function push(array $record)
    {
        $ch = curl_init($this->endpoint . 'leads');
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Access-Key: ' . $this->accessKey]); // tfl-eval-not: hardcoded-credential
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($record));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return curl_exec($ch);
    }
}
