#!/usr/bin/env php
<?php
declare(strict_types=1);

$options = getopt('', ['channel:', 'webhook-token::', 'message:']);
$channel = $options['channel'] ?? '#deploys';
$token = $options['webhook-token'] ?? getenv('CHAT_WEBHOOK_TOKEN') ?: ''; // tfl-eval-not: hardcoded-credential
$botPassword = $options['bot-password'] ?? '<set-in-env>'; // tfl-eval-not: hardcoded-credential
$message = $options['message'] ?? 'Deploy finished';

$ch = curl_init('https://chat.harbor.example/hooks/' . rawurlencode($token));
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['channel' => $channel, 'text' => $message]));
curl_exec($ch);
