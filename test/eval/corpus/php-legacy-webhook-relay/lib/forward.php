<?php

function erp_login(): string
{
    $body = <<<JSON
{
    "username": "relay-bot",
    "password": "KCB_*zmh^UHEB0v8LI",
    "client": "webhook-relay"
}
JSON;
    $ch = curl_init('https://erp.shipcove.example/api/v1/session');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => $body,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $response = json_decode((string) curl_exec($ch), true);
    curl_close($ch);
    return $response['token'] ?? '';
}

function carrier_auth_body(string $account): string
{
    $secret = getenv('CARRIER_SECRET') ?: ''; // tfl-eval-not: hardcoded-credential
    return <<<JSON
{"account": "{$account}", "secret": "{$secret}"}
JSON;
}

function sandbox_body(): string
{
    return <<<'JSON'
{"account": "sandbox", "api_key": "<your sandbox api key>"}
JSON;
}

function forward_to_erp(string $url, string $payload): void
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . erp_login(), 'Content-Type: application/json']);
    curl_exec($ch);
    curl_close($ch);
}
