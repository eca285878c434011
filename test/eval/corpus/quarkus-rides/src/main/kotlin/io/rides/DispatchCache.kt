package io.rides

import jakarta.enterprise.context.ApplicationScoped
import redis.clients.jedis.JedisPooled

@ApplicationScoped
class DispatchCache {
    private val jedis = JedisPooled("dispatch-cache.rides.internal", 6379) // tfl-eval: hardcoded-backing-service

    fun lastPosition(driverId: String): String? = jedis.get("pos:$driverId")
}
