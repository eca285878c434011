package org.biblio.cache;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public class LoanCache {

    private String redisHost = "10.40.2.18"; // tfl-eval: hardcoded-backing-service
    private int redisPort = 6379;
    private final JedisPool pool;

    public LoanCache() {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(32);
        this.pool = new JedisPool(config, redisHost, redisPort);
    }

    public JedisPool pool() {
        return pool;
    }
}
