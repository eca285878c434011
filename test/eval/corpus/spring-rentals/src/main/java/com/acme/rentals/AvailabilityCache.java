package com.acme.rentals;

import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

@Component
public class AvailabilityCache {
    private final JedisPool pool = new JedisPool(new JedisPoolConfig(), "10.20.4.17", 6379); // tfl-eval: hardcoded-backing-service

    public boolean isAvailable(long carId, String day) {
        try (var jedis = pool.getResource()) {
            return !jedis.sismember("booked:" + day, Long.toString(carId));
        }
    }
}
