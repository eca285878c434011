<?php

use Kirby\Cms\App as Kirby;
use Kirby\Http\Remote;

Kirby::plugin('studio-nord/newsletter', [
    'options' => [
        'listId' => 'b3f9c1d7e2',
        'apiKey' => '473c9e1f2b8d6a0c5e7f9b1d3a5c7e9f-us21', // tfl-eval: hardcoded-credential
    ],
    'routes' => [
        [
            'pattern' => 'newsletter/subscribe',
            'method'  => 'POST',
            'action'  => function () {
                $kirby = kirby();
                $key = option('studio-nord.newsletter.apiKey');
                return Remote::request('https://us21.api.mailchimp.com/3.0/lists/' . option('studio-nord.newsletter.listId') . '/members', [
                    'method'  => 'POST',
                    'headers' => ['Authorization' => 'Basic ' . base64_encode('anystring:' . $key)], // tfl-eval-not: hardcoded-credential
                    'data'    => json_encode(['email_address' => get('email'), 'status' => 'pending']),
                ]);
            },
        ],
    ],
]);
