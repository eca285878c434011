<?php

declare(strict_types=1);

namespace Board;

use Predis\Client;

final class Queue
{
    public static function connect(): Client
    {
        // The shared queue of the union's front desks.
        return new Client('tcp://queue-redis.union.internal:6379', ['prefix' => 'board:']); // tfl-eval: hardcoded-backing-service
    }

    public static function fromEnv(): Client
    {
        return new Client(getenv('REDIS_URL') ?: 'tcp://127.0.0.1:6379'); // tfl-eval-not: hardcoded-backing-service
    }
}
