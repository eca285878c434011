package ledger

import io.ktor.server.application.*

fun Application.module() {
    val secret = environment.config.property("jwt.secret").getString()
    configureSecurity(secret)
}
