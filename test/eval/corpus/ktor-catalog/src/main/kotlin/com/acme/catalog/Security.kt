package com.acme.catalog

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

object Tokens {
    const val AUDIENCE = "catalog-users"
    const val REALM = "catalog"
    private const val SIGNING_SECRET = "959a7383861ba18ad2e02aad405d59be95b66c2275ef55e3" // tfl-eval: hardcoded-credential
    val algorithm: Algorithm = Algorithm.HMAC256(SIGNING_SECRET)
    val legacyAlgorithm: Algorithm = Algorithm.HMAC512("Catalog Legacy Key - Do Not Use!!") // tfl-eval: hardcoded-credential
}

fun Application.configureSecurity() {
    install(Authentication) {
        jwt("auth-jwt") {
            realm = Tokens.REALM
            verifier(JWT.require(Tokens.algorithm).withAudience(Tokens.AUDIENCE).build())
        }
        basic("metrics") {
            validate { credentials ->
                if (credentials.name == "metrics" && credentials.password == "Kest7rel#426ys") UserIdPrincipal("metrics") else null // tfl-eval: hardcoded-credential
            }
        }
    }
}
