package org.example.cache

import redis.clients.jedis.JedisPool

private val isDev = System.getenv("APP_ENV") == "dev"

object RedisFactory {
    val pool: JedisPool = if (isDev) JedisPool("localhost", 6379) else JedisPool(System.getenv("REDIS_URL")) // tfl-eval-not: hardcoded-backing-service

    fun devPassword(): String? = if (isDev) "redis-dev-pass" else System.getenv("REDIS_PASSWORD") // tfl-eval-not: hardcoded-credential
}
