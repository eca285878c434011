package dev.bookmarks

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import io.ktor.server.application.Application
import io.ktor.server.netty.EngineMain
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import org.h2.tools.RunScript
import java.io.InputStreamReader

fun main(args: Array<String>) = EngineMain.main(args)

fun Application.module() {
    val config = HikariConfig().apply {
        jdbcUrl = environment.config.property("db.url").getString()
        username = environment.config.property("db.user").getString()
        password = System.getenv("DB_PASSWORD")
    }
    val dataSource = HikariDataSource(config)
    dataSource.connection.use { connection ->
        val script = InputStreamReader(javaClass.getResourceAsStream("/db/schema.sql")!!)
        RunScript.execute(connection, script) // tfl-eval: startup-migration
    }
    routing {
        get("/health") { call.respondText("ok") }
    }
}
