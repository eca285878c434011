<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Cache extends BaseConfig
{
    public string $handler = 'redis';
    public string $backupHandler = 'file';
    public string $prefix = 'pantry_';
    public string $key = 'b3f1c9e27a8d4f6e0c5b'; // tfl-eval-not: hardcoded-credential
    public int $ttl = 60;

    public array $redis = [
        'host'     => '127.0.0.1', // tfl-eval: hardcoded-backing-service
        'password' => null,
        'port'     => 6379,
        'timeout'  => 0,
        'database' => 0,
    ];
}
