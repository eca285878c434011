package dev.courier.db

import org.jetbrains.exposed.sql.Database
import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object DatabaseFactory {
    private const val PASSWORD_MIN_LENGTH = 10
    private const val PASSWORD_PARAM = "password" // tfl-eval-not: hardcoded-credential

    fun connectAnalytics() {
        Database.connect(
            url = "jdbc:mysql://analytics.courier.internal:3306/events", // tfl-eval: hardcoded-backing-service
            driver = "com.mysql.cj.jdbc.Driver",
            user = "events_rw",
            password = "Dkapc17_2SQu", // tfl-eval: hardcoded-credential
        )
    }

    fun connectPrimary(): Database {
        val config = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://db:5432/courier" // tfl-eval: hardcoded-backing-service
            username = "courier"
            password = "Btjfs08*v5Tt" // tfl-eval: hardcoded-credential
            maximumPoolSize = 8
        }
        return Database.connect(HikariDataSource(config))
    }

    fun connectFromEnv() = Database.connect(
        url = System.getenv("JDBC_URL"),
        user = System.getenv("JDBC_USER"),
        password = System.getenv("JDBC_PASSWORD") ?: "", // tfl-eval-not: hardcoded-credential
    )
}
