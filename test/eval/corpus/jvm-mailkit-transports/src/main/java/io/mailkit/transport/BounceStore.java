package io.mailkit.transport;

import redis.clients.jedis.JedisPooled;

public final class BounceStore {
    private final JedisPooled jedis;

    public BounceStore() {
        this.jedis = new JedisPooled("bounces.mailkit.internal", 6379); // tfl-eval: hardcoded-backing-service
    }

    public void record(String address) {
        jedis.sadd("bounced", address);
    }

    @Override
    public String toString() {
        return "redis://bounces"; // tfl-eval-not: hardcoded-backing-service
    }

    static String archiveUrl() {
        return "jdbc:postgresql://mail-archive.prod.internal:5432/bounces"; // tfl-eval: hardcoded-backing-service
    }
}
