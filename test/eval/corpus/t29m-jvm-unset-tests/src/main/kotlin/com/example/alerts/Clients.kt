package com.example.alerts

import com.mongodb.client.MongoClient
import com.mongodb.client.MongoClients
import redis.clients.jedis.JedisPooled

object Clients {
    val mongo: MongoClient =
        if (System.getenv("MONGO_URL").isNullOrBlank()) {
            MongoClients.create("mongodb://localhost:27017") // tfl-eval-not: hardcoded-backing-service
        } else {
            MongoClients.create(System.getenv("MONGO_URL"))
        }

    val redis: JedisPooled =
        if (System.getenv("REDIS_URL") != null) {
            JedisPooled(System.getenv("REDIS_URL"))
        } else {
            JedisPooled("redis://alerts-cache.prod.internal:6379") // tfl-eval: hardcoded-backing-service
        }
}
