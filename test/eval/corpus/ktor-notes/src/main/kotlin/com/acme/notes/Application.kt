package com.acme.notes

import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.sessions.*
import org.flywaydb.core.Flyway
import java.io.File

data class UserSession(val userId: String)

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), module = Application::module).start(wait = true)
}

fun Application.module() {
    val flyway = Flyway.configure().dataSource(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD")).load()
    flyway.migrate() // tfl-eval: startup-migration
    install(Sessions) {
        cookie<UserSession>("NOTES_SESSION", directorySessionStorage(File("build/.sessions"))) // tfl-eval: memory-session-store
    }
}
