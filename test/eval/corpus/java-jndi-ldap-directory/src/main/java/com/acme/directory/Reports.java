package com.acme.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import redis.clients.jedis.Jedis;

public class Reports {
    public Connection open(String host) throws SQLException {
        String url = String.format("jdbc:postgresql://%s:5432/directory?user=%s&password=%s", host, "reports", "f8ZZSyEnhd4ZrConbhRP"); // tfl-eval: hardcoded-credential
        return DriverManager.getConnection(url);
    }

    public Jedis cache() {
        Jedis jedis = new Jedis(System.getenv("REDIS_HOST"), 6379);
        jedis.auth("5UXVmTzUtEuVOmJsXwnAzfHAGyhx"); // tfl-eval: hardcoded-credential
        return jedis;
    }

    public void trustStore() {
        System.setProperty("javax.net.ssl.trustStore", "/etc/ssl/certs/java/cacerts");
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit"); // tfl-eval-not: hardcoded-credential
        System.setProperty("javax.net.ssl.keyStorePassword", "6MhFAvSJiJFu1QRQ"); // tfl-eval: hardcoded-credential
    }
}
