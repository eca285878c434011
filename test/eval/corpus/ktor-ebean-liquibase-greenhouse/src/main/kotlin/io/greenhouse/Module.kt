package io.greenhouse

import io.ktor.server.application.Application
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing

fun Application.greenhouseModule() {
    val adminToken = when {
        isProduction -> System.getenv("ADMIN_TOKEN")
        else -> "sX9Ek3rgN3eURclKwzVyTdFt" // tfl-eval: hardcoded-credential
    }
    val passwordHint = if (isProduction) "Ask the on-call engineer" else "See the README"
    routing {
        get("/health") { call.respondText("ok") }
        get("/admin/hint") { call.respondText(passwordHint + adminToken.length) }
    }
}
