package org.giftlist

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*

private val OCCASIONS = mapOf("bday" to "Birthday", "wed" to "Wedding", "xmas" to "Holidays") // tfl-eval-not: memory-session-store

fun Application.giftRoutes() {
    routing {
        get("/lists/{id}") {
            val id = call.parameters["id"]!!.toInt()
            call.sessions.set(WishlistSession(id, call.request.queryParameters["owner"] ?: "guest"))
            call.respondText(OCCASIONS[call.request.queryParameters["occasion"]] ?: "Any occasion")
        }
    }
}
