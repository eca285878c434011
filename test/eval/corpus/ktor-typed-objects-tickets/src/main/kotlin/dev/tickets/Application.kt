package dev.tickets

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

fun Application.module() {
    install(Authentication) {
        jwt("api") {
            verifier(JWT.require(Algorithm.HMAC256(Jwt.KEY)).withIssuer(Jwt.ISSUER).build())
            validate { cred -> if (cred.payload.subject != null) JWTPrincipal(cred.payload) else null }
        }
    }
}
