package ferry

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import io.lettuce.core.RedisClient
import io.lettuce.core.RedisURI

object Settings {
    val dbHost: String = System.getenv("DB_HOST") ?: "10.30.4.5" // tfl-eval: hardcoded-backing-service
    val dbName: String = System.getenv("DB_NAME") ?: "ferry"
    val redisHost: String = System.getenv("REDIS_HOST") ?: "redis" // tfl-eval-not: hardcoded-backing-service
    val amqpHost: String = System.getenv("AMQP_HOST") ?: "mq-1.ferry.internal" // tfl-eval: hardcoded-backing-service

    fun dataSource(): HikariDataSource = HikariDataSource(HikariConfig().apply {
        jdbcUrl = "jdbc:postgresql://$dbHost:5432/$dbName"
        username = System.getenv("DB_USER") ?: "ferry"
        password = System.getenv("DB_PASSWORD")
    })

    fun redis(): RedisClient = RedisClient.create(RedisURI.builder().withHost(redisHost).withPort(6379).build())
}
