<?php

declare(strict_types=1);

namespace Acme\Newsletter\Extension;

use GuzzleHttp\Client;

final class NewsletterMailer
{
    private Client $mailgun;

    public function __construct()
    {
        $this->mailgun = new Client([
            'base_uri' => 'https://api.eu.mailgun.net/v3/mg.bolt-news.example/',
            'auth' => ['api', 'key-9d7e477bcfd33020d2fb9a37ec135171'], // tfl-eval: hardcoded-credential
            'timeout' => 10,
        ]);
    }

    public function send(string $to, string $subject, string $html): void
    {
        $this->mailgun->post('messages', ['form_params' => [
            'from' => 'Bolt News <news@bolt-news.example>',
            'to' => $to,
            'subject' => $subject,
            'html' => $html,
        ]]);
    }

    public function unsubscribeToken(string $email): string
    {
        return hash_hmac('sha256', $email, 'NjexSAgBQpahdj0YOOR4BBTHv2ubjFHb'); // tfl-eval: hardcoded-credential
    }
}
