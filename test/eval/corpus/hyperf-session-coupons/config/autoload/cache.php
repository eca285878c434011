<?php

declare(strict_types=1);

return [
    'default' => [
        'driver' => Hyperf\Cache\Driver\RedisDriver::class, // tfl-eval-not: memory-session-store
        'packer' => Hyperf\Codec\Packer\PhpSerializerPacker::class,
        'prefix' => 'c:',
    ],
    'local' => [
        'driver' => Hyperf\Cache\Driver\FileSystemDriver::class, // tfl-eval-not: memory-session-store
        'packer' => Hyperf\Codec\Packer\PhpSerializerPacker::class,
        'prefix' => 'local:',
    ],
];
