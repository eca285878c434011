<?php

declare(strict_types=1);

use Spiral\Session\Handler\CacheHandler;

return [
    'lifetime' => 86400,
    'cookie' => 'newsroom_sid',
    'secure' => env('SESSION_SECURE', true),
    'sameSite' => 'Lax',
    'handler' => new \Spiral\Core\Container\Autowire(CacheHandler::class, ['storage' => 'redis']),
];
