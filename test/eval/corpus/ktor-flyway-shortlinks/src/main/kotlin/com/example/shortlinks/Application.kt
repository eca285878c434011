package com.example.shortlinks

import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.encoder.PatternLayoutEncoder
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.FileAppender
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import java.security.SecureRandom
import java.util.Base64
import java.util.concurrent.ConcurrentHashMap
import org.slf4j.LoggerFactory

// Logged-in users by session token, for the link dashboard.
val sessions = ConcurrentHashMap<String, Long>() // tfl-eval: memory-session-store
val reserved = setOf("admin", "login", "api")

fun configureFileLogging() {
    val context = LoggerFactory.getILoggerFactory() as LoggerContext
    val encoder = PatternLayoutEncoder().apply {
        this.context = context
        pattern = "%d %level %logger %msg%n"
        start()
    }
    // The file defaults to logs/ unless the deploy overrides LOG_FILE.
    val appender = FileAppender<ILoggingEvent>().apply { // tfl-eval: file-logger
        this.context = context
        file = System.getenv("LOG_FILE") ?: "logs/shortlinks.log"
        this.encoder = encoder
        start()
    }
    context.getLogger("ROOT").addAppender(appender)
}

fun main() {
    configureFileLogging()
    val ds = Database.dataSource()
    Database.runMigrations(ds) // tfl-eval: startup-migration
    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080) { module(ds) }.start(wait = true)
}

fun Application.module(ds: javax.sql.DataSource) {
    val random = SecureRandom()
    routing {
        post("/login") {
            val email = call.receiveParameters()["email"] ?: return@post call.respond(HttpStatusCode.BadRequest)
            val id = ds.connection.use { c ->
                c.prepareStatement("SELECT id FROM users WHERE email = ?").use { s ->
                    s.setString(1, email)
                    s.executeQuery().let { rs -> if (rs.next()) rs.getLong(1) else null }
                }
            } ?: return@post call.respond(HttpStatusCode.Unauthorized)
            val token = ByteArray(32).also(random::nextBytes).let { Base64.getUrlEncoder().withoutPadding().encodeToString(it) }
            sessions[token] = id
            call.response.cookies.append("sid", token, httpOnly = true, secure = true)
            call.respond(HttpStatusCode.OK)
        }
        get("/{slug}") {
            val slug = call.parameters["slug"]!!
            if (slug in reserved) return@get call.respond(HttpStatusCode.NotFound)
            val target = ds.connection.use { c ->
                c.prepareStatement("SELECT target FROM links WHERE slug = ?").use { s ->
                    s.setString(1, slug)
                    s.executeQuery().let { rs -> if (rs.next()) rs.getString(1) else null }
                }
            } ?: return@get call.respond(HttpStatusCode.NotFound)
            call.respondRedirect(target, permanent = true)
        }
    }
}
