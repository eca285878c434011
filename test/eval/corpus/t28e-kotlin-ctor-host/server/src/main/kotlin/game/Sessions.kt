package game

import redis.clients.jedis.JedisPooled

class SessionCache(private val host: String) {
    private val url = "redis://$host:6379/2"
    private val client = JedisPooled(url)
}

fun primaryCache() = SessionCache("10.8.0.5") // tfl-eval-not: hardcoded-backing-service
fun replicaCache() = SessionCache(System.getenv("REPLICA_CACHE_HOST") ?: "cache-replica")

class Banner(private val site: String) {
    val link = "https://$site/arcade"
}

val banner = Banner("arcade.acme-games.net") // tfl-eval-not: hardcoded-backing-service
