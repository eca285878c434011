<?php
declare(strict_types=1);

namespace Intranet;

final class Cache
{
    public static function redis(): \Redis
    {
        $redis = new \Redis();
        $redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', 6379);
        $redis->auth('kmF4BcG3Pp7mYcSjAFuWd9e5uXiL1Brj'); // tfl-eval: hardcoded-credential
        return $redis;
    }

    public static function memcached(): \Memcached
    {
        $m = new \Memcached();
        $m->setOption(\Memcached::OPT_BINARY_PROTOCOL, true);
        $m->setSaslAuthData('intranet', '9Uvh8Hq.yjd_*f#0fS'); // tfl-eval: hardcoded-credential
        $m->addServer(getenv('MEMCACHED_HOST'), 11211);
        return $m;
    }
}
