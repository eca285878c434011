package com.acme.rentals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class AvailabilityCacheTest {
    @Test
    void freeCarIsAvailable() throws Exception {
        try (Jedis jedis = new Jedis("localhost", 6379)) { // tfl-eval-not: hardcoded-backing-service
            jedis.del("booked:2024-06-01");
        }
        HttpServer stub = HttpServer.create(new InetSocketAddress(18080), 0); // tfl-eval-not: hardcoded-port, no-graceful-shutdown
        stub.start();
        assertTrue(new AvailabilityCache().isAvailable(7, "2024-06-01"));
        stub.stop(0);
    }
}
