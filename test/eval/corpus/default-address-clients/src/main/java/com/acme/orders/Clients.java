package com.acme.orders;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public final class Clients {
    static final JedisPool POOL = new JedisPool(new JedisPoolConfig()); // tfl-eval: hardcoded-backing-service
    static final MongoClient MONGO = MongoClients.create(System.getenv("MONGODB_URL")); // tfl-eval-not: hardcoded-backing-service

    private Clients() {}
}
