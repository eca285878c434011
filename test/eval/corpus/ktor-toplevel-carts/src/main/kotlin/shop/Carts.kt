package shop

import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.sessions.get
import io.ktor.server.sessions.sessions
import java.util.concurrent.ConcurrentHashMap

data class ShopSession(val id: String)

// Shipping zones by country: read-only.
val SHIPPING_ZONES = mapOf("DE" to 1, "FR" to 1, "US" to 3)

// Every shopper's cart, held by this JVM until checkout.
val carts = ConcurrentHashMap<String, MutableList<String>>() // tfl-eval: memory-session-store

fun Route.cartRoutes() {
    post("/cart/{sku}") {
        val session = call.sessions.get<ShopSession>() ?: return@post call.respond(401)
        carts.getOrPut(session.id) { mutableListOf() }.add(call.parameters["sku"]!!)
        call.respond(mapOf("zone" to SHIPPING_ZONES["DE"]))
    }
}
