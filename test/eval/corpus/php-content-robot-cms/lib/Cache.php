<?php
require_once __DIR__ . '/../conf/config.php';

class Cache
{
    private static ?Memcached $memcached = null;
    private static ?Redis $redis = null;

    public static function mem(): Memcached
    {
        if (self::$memcached === null) {
            self::$memcached = new Memcached('content');
            self::$memcached->setOption(Memcached::OPT_PREFIX_KEY, MEM_CACHE_PREFIX);
            if (!self::$memcached->getServerList()) {
                self::$memcached->addServer(MEM_CACHE_SERVER_IP, MEM_CACHE_PORT);
            }
        }
        return self::$memcached;
    }

    public static function redis(): Redis
    {
        if (self::$redis === null) {
            self::$redis = new Redis();
            self::$redis->connect(REDIS_SERVER, REDIS_PORT, 1.5);
            self::$redis->auth(REDIS_AUTH);
        }
        return self::$redis;
    }
}
