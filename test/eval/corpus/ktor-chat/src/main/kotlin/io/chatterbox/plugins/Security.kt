package io.chatterbox.plugins

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

const val JWT_ISSUER = "chatterbox"
const val JWT_AUDIENCE = "chatterbox-users"
const val JWT_SECRET = "e4626f3a041cb5c560d06441589819033d57ad0a07469c824852c63b57dca13d" // tfl-eval: hardcoded-credential
const val AUTH_REALM = "Access to chatterbox"

fun Application.configureSecurity() {
    install(Authentication) {
        jwt("auth-jwt") {
            realm = AUTH_REALM
            verifier(
                JWT.require(Algorithm.HMAC256(JWT_SECRET))
                    .withAudience(JWT_AUDIENCE)
                    .withIssuer(JWT_ISSUER)
                    .build()
            )
            validate { credential -> if (credential.payload.getClaim("uid").asString() != "") JWTPrincipal(credential.payload) else null }
        }
        basic("admin-basic") {
            realm = "chatterbox admin"
            validate { credentials ->
                if (credentials.name == "admin" && credentials.password == "Lgleq278*9e3") { // tfl-eval: hardcoded-credential
                    UserIdPrincipal(credentials.name)
                } else {
                    null
                }
            }
        }
    }
}
