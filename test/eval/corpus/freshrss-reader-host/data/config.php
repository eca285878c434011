<?php
return array (
  'environment' => 'production',
  'salt' => '33a0fe2bce01e8f3b5e6da80e4a6f5fd05d195cb', // tfl-eval: hardcoded-credential
  'base_url' => 'https://rss.example.org/i',
  'language' => 'en',
  'title' => 'FreshRSS',
  'default_user' => 'editor',
  'force_email_validation' => false,
  'allow_anonymous' => false,
  'auth_type' => 'form',
  'api_enabled' => true,
  'db' => 
  array (
    'type' => 'pgsql',
    'host' => 'postgres', // tfl-eval: hardcoded-backing-service
    'user' => 'freshrss',
    'password' => '5WEY1JrYIZY96L8kOvn2', // tfl-eval: hardcoded-credential
    'base' => 'freshrss',
    'prefix' => 'freshrss_',
    'connection_uri_params' => '',
    'pdo_options' => 
    array (
    ),
  ),
  'mailer' => 'smtp',
  'smtp' => 
  array (
    'hostname' => 'rss.example.org',
    'host' => 'smtp.mailrelay.example.org',
    'port' => 587,
    'auth' => true,
    'auth_type' => '',
    'username' => 'rss@example.org',
    'password' => 'Wr43sicGkjM6cVKZ', // tfl-eval: hardcoded-credential
    'secure' => 'tls',
    'from' => 'rss@example.org',
  ),
);
