<?php

namespace Helpdesk\Queue;

final class Cache
{
    public static function redis(): \Redis
    {
        $redis = new \Redis();
        $redis->connect('redis.helpdesk.internal', 6379); // tfl-eval: hardcoded-backing-service
        $redis->auth('1WU39yMH9AmR17x7rlusduGLe05Xi50q'); // tfl-eval: hardcoded-credential
        $redis->select(2);
        return $redis;
    }

    public static function redisAcl(): \Redis
    {
        $redis = new \Redis();
        $redis->connect('redis.helpdesk.internal', 6379); // tfl-eval: hardcoded-backing-service
        $redis->auth(['helpdesk', 'aRhcIX3PP4tl2oSWdw6qdUalinB2xHgY']); // tfl-eval: hardcoded-credential
        return $redis;
    }
}
