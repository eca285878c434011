package org.parish.digest;

import java.util.Set;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.JedisSentinelPool;

public class SubscriberCache {
    private final JedisSentinelPool pool;

    public SubscriberCache() {
        Set<String> sentinels = Set.of("sentinel-1.parish.internal:26379", "sentinel-2.parish.internal:26379");
        this.pool = new JedisSentinelPool("digest-master", sentinels, new JedisPoolConfig(), 2000, "Wm5Xc7Bn3Kp9Hs2Q"); // tfl-eval: hardcoded-credential
    }

    public boolean isSubscribed(String email) {
        try (var jedis = pool.getResource()) {
            return jedis.sismember("subscribers", email);
        }
    }
}
