package com.acme

import io.jsonwebtoken.SignatureAlgorithm
import io.jsonwebtoken.security.Keys
import io.ktor.server.application.Application
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.security.Key

lateinit var jwtKey: Key

fun prepareTokens() {
    jwtKey = Keys.secretKeyFor(SignatureAlgorithm.HS256) // tfl-eval: per-process-secret
}

fun scratchKey(): Key {
    // Only the /scratch route calls this.
    val signingKey = Keys.secretKeyFor(SignatureAlgorithm.HS256) // tfl-eval-not: per-process-secret
    return signingKey
}

fun Application.module() {
    routing {
        get("/scratch") {
            call.respondText(scratchKey().algorithm)
        }
    }
}

fun main() {
    prepareTokens()
    embeddedServer(Netty, port = System.getenv("PORT").toInt(), module = Application::module).start(wait = true)
}
