package com.acme.oa.util;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public final class JedisUtil {
    private static final String HOST = "10.20.1.16"; // tfl-eval: hardcoded-backing-service
    private static final int PORT = 6379;
    private static final int TIMEOUT = 3000;
    private static final String AUTH = "5qdZVAgQ1WQ3X2WWx6"; // tfl-eval: hardcoded-credential

    private static JedisPool pool;

    static {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(50);
        pool = new JedisPool(config, HOST, PORT, TIMEOUT, AUTH);
    }

    private JedisUtil() {}

    public static Jedis get() {
        return pool.getResource();
    }

    public static Jedis direct(String host) {
        Jedis jedis = new Jedis(host, 6379);
        jedis.auth("meYRlelH3dXpRRUKZazr"); // tfl-eval: hardcoded-credential
        return jedis;
    }
}
