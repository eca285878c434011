package fit.trackr.db

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database

data class DbSettings(
    val url: String = "jdbc:postgresql://localhost:5432/trackr", // tfl-eval: hardcoded-backing-service
    val user: String = "trackr",
    val password: String = "Nuzp_773h0grjlz", // tfl-eval: hardcoded-credential
    val poolSize: Int = 10,
)

object DatabaseFactory {
    fun init(settings: DbSettings = DbSettings()) {
        val config = HikariConfig().apply {
            jdbcUrl = settings.url
            username = settings.user
            password = settings.password // tfl-eval-not: hardcoded-credential
            maximumPoolSize = settings.poolSize
        }
        Database.connect(HikariDataSource(config))
    }

    fun connectAnalytics() = Database.connect(
        url = "jdbc:postgresql://analytics-db:5432/events", // tfl-eval: hardcoded-backing-service
        driver = "org.postgresql.Driver",
        user = "analytics",
        password = "Hajz#003j041f", // tfl-eval: hardcoded-credential
    )
}
