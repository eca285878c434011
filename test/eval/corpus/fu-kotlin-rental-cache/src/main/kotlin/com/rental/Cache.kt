package com.rental

import redis.clients.jedis.JedisPool

class AvailabilityCache {
    private val host = "cache.rental.internal" // tfl-eval: hardcoded-backing-service
    private val port = 6379
    private val pool = JedisPool(host, port)

    fun isFree(carId: Long): Boolean = pool.resource.use { it.get("car:$carId:free") == "1" }
}
