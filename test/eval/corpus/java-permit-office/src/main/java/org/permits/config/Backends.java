package org.permits.config;

import java.util.Optional;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/** Addresses of the services the permit office talks to, from the environment with the office's defaults. */
public final class Backends {

    private Backends() {
    }

    public static String databaseHost() {
        return System.getenv().getOrDefault("DB_HOST", "10.30.0.5"); // tfl-eval: hardcoded-backing-service
    }

    public static String redisHost() {
        return Optional.ofNullable(System.getenv("REDIS_HOST")).orElse("10.30.0.6"); // tfl-eval: hardcoded-backing-service
    }

    public static String smtpHost() {
        return System.getenv().getOrDefault("SMTP_HOST", "localhost"); // tfl-eval-not: hardcoded-backing-service
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + databaseHost() + ":5432/permits";
    }

    public static JedisPool redisPool() {
        return new JedisPool(new JedisPoolConfig(), redisHost(), 6379);
    }
}
