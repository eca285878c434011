package io.harbor.api

import io.ktor.server.application.*
import io.ktor.server.auth.*

fun Application.configureSecurity() {
    install(Authentication) {
        basic("harbormaster") {
            realm = "berths"
            validate { credentials ->
                if (credentials.name == "harbormaster" && credentials.password == "Qw8Ez3Rt6Yu1Io5P") UserIdPrincipal(credentials.name) else null // tfl-eval: hardcoded-credential
            }
        }
        bearer("api") {
            authenticate { token ->
                if (token.token == environment.config.property("api.token").getString()) UserIdPrincipal("api") else null // tfl-eval-not: hardcoded-credential
            }
        }
    }
}
