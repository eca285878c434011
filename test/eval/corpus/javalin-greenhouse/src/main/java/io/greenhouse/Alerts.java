package io.greenhouse;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;

public final class Alerts {
    private final RedisCommands<String, String> redis;

    public Alerts() {
        String url = System.getenv().getOrDefault("REDIS_URL", "redis://localhost:6379"); // tfl-eval-not: hardcoded-backing-service
        this.redis = RedisClient.create(url).connect().sync();
    }

    public void raise(String sensor, double value) {
        redis.publish("alerts", sensor + "=" + value);
    }
}
