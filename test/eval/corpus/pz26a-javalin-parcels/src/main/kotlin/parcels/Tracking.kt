package parcels

import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun startTracking() {
    // tfl-eval-not: hardcoded-port (PORT from the environment)
    embeddedServer(Netty, port = System.getenv("PORT").toInt()) {
        routing { get("/track") { call.respondText("ok") } }
    }.start(wait = true)
}
