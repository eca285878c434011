package io.greenhouse

import io.ebean.DatabaseFactory
import io.ebean.config.DatabaseConfig
import io.ebean.datasource.DataSourceConfig
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

val isProduction: Boolean = System.getenv("GREENHOUSE_ENV") == "production"

fun database(): io.ebean.Database {
    val ds = DataSourceConfig().apply {
        url = System.getenv("JDBC_URL") ?: "jdbc:postgresql://localhost:5432/greenhouse"
        username = System.getenv("DB_USER") ?: "greenhouse"
        // Staging shares the old VM's database; production reads the secret.
        password = if (isProduction) System.getenv("DB_PASSWORD") else "13YbIWqvN93OHXMNQqOfSW4l" // tfl-eval: hardcoded-credential
    }
    val config = DatabaseConfig().apply {
        name = "db"
        setDataSourceConfig(ds)
    }
    return DatabaseFactory.create(config)
}

fun main() {
    database()
    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080, module = { greenhouseModule() }).start(wait = true)
}
