<?php

declare(strict_types=1);

namespace App\Feed;

use Basis\Nats\Client;
use Basis\Nats\Configuration;

final class NatsBridge
{
    public static function connect(): Client
    {
        $configuration = new Configuration(host: getenv('NATS_HOST'), user: 'feed', pass: 'Cobalt!77meadow03'); // tfl-eval: hardcoded-credential
        return new Client($configuration);
    }
}