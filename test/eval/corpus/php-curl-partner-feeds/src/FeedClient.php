<?php
declare(strict_types=1);

namespace Feeds;

final class FeedClient
{
    public function inventory(): string
    {
        $ch = curl_init('https://feeds.partner.example/v3/inventory.xml');
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPAUTH       => CURLAUTH_BASIC,
            CURLOPT_USERPWD        => 'acme-feeds:Cyv4d*YIEYjQGq2LOj', // tfl-eval: hardcoded-credential
            CURLOPT_TIMEOUT        => 30,
        ]);
        $body = (string) curl_exec($ch);
        curl_close($ch);
        return $body;
    }

    public function prices(): string
    {
        $ch = curl_init('https://prices.partner.example/feed');
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER     => ['X-Api-Key: 99eb6f0dfb78c0c83348eb573084e6de', 'Accept: application/json'], // tfl-eval: hardcoded-credential
        ]);
        return (string) curl_exec($ch);
    }

    public function fromEnv(): string
    {
        $ch = curl_init(getenv('FEED_URL'));
        curl_setopt_array($ch, [
            CURLOPT_USERPWD => getenv('FEED_USER') . ':' . getenv('FEED_PASSWORD'), // tfl-eval-not: hardcoded-credential
        ]);
        return (string) curl_exec($ch);
    }
}
