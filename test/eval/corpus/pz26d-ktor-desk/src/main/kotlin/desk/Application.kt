package desk

import io.ktor.server.application.*

fun Application.module() {
    val secret = environment.config.property("jwt.secret").getString()
    log.info("jwt configured: ${secret.isNotEmpty()}")
}
