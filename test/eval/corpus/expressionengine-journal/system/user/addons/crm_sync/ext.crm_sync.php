<?php

class Crm_sync_ext
{
    public $version = '1.2.0';
    public $settings = [];

    private $endpoint = 'https://crm.example.org/api/v1/contacts';
    private $apiKey = '46ybWYUehGbgECDng8w5wIA2v4emUhgcD9kUvqxX'; // tfl-eval: hardcoded-credential

    public function member_member_register($data, $member_id)
    {
        ee()->load->library('curl');
        $ch = curl_init($this->endpoint);
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Token ' . $this->apiKey, 'Content-Type: application/json']);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['email' => $data['email']]));
        curl_exec($ch);
    }

    public function settings()
    {
        return ['api_key' => ['i', '', '']]; // tfl-eval-not: hardcoded-credential
    }
}
