package com.fennel.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import redis.clients.jedis.JedisPool;

public final class Connections {
    private Connections() {}

    public static Connection database() throws SQLException {
        String url = System.getenv("JDBC_DATABASE_URL");
        if (url != null) {
            return DriverManager.getConnection(url);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/dispatch"); // tfl-eval-not: hardcoded-backing-service
    }

    public static JedisPool cache() {
        if (System.getenv("REDIS_URL") != null && !System.getenv("REDIS_URL").isEmpty()) {
            return new JedisPool(System.getenv("REDIS_URL"));
        }
        return new JedisPool("redis://cache.dispatch.internal:6379"); // tfl-eval: hardcoded-backing-service
    }

    public static JedisPool locks(boolean shared) {
        String url = System.getenv("LOCKS_REDIS_URL");
        if (url == null) {
            throw new IllegalStateException("LOCKS_REDIS_URL is required");
        }
        if (shared) {
            return new JedisPool(url);
        }
        return new JedisPool("redis://localhost:6379/3"); // tfl-eval: hardcoded-backing-service
    }
}
