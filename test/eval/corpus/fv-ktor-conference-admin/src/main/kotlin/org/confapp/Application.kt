package org.confapp

import io.ktor.server.application.*
import io.ktor.server.auth.*

fun Application.module() {
    val config = environment.config.config("service")
    val adminSecret = config.property("secret").getString()
    install(Authentication) {
        bearer("admin") {
            authenticate { credential -> if (credential.token == adminSecret) UserIdPrincipal("admin") else null }
        }
    }
}
