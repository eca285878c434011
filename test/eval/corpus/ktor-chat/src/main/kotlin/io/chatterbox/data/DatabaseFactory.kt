package io.chatterbox.data

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database

object DatabaseFactory {
    private const val DRIVER = "org.postgresql.Driver"

    fun init(local: Boolean) {
        if (local) {
            Database.connect(
                url = "jdbc:postgresql://localhost:5432/chat", // tfl-eval: hardcoded-backing-service
                driver = DRIVER,
                user = "chat",
                password = "Irarm973\$yyv", // tfl-eval: hardcoded-credential
            )
        } else {
            Database.connect(hikari())
        }
    }

    private fun hikari(): HikariDataSource {
        val config = HikariConfig().apply {
            driverClassName = DRIVER
            jdbcUrl = System.getenv("JDBC_DATABASE_URL")
            username = System.getenv("DB_USER")
            password = System.getenv("DB_PASSWORD") // tfl-eval-not: hardcoded-credential
            maximumPoolSize = 3
        }
        return HikariDataSource(config)
    }
}
