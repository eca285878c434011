<?php

declare(strict_types=1);

namespace Scrapbin;

use Amp\Redis\RedisClient;
use function Amp\Redis\createRedisClient;

final class PasteStore
{
    private function __construct(private readonly RedisClient $redis) {}

    public static function connect(string $url): self
    {
        return new self(createRedisClient($url));
    }

    public function put(string $id, string $body): void
    {
        $this->redis->set("paste:$id", $body);
    }

    public function get(string $id): ?string
    {
        return $this->redis->get("paste:$id");
    }
}
