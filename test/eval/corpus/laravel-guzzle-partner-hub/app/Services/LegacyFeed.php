<?php

namespace App\Services;

class LegacyFeed
{
    public function fetch(): string
    {
        $context = stream_context_create([
            'http' => [
                'method' => 'GET',
                'header' => 'Authorization: Basic ' . base64_encode('feedreader:1GHtr2rDG3m0ffD0X9'), // tfl-eval: hardcoded-credential
            ],
        ]);
        return file_get_contents('https://feeds.partner.example/orders.xml', false, $context);
    }
}
