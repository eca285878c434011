package com.acme.depot.plugins

import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.UserIdPrincipal
import io.ktor.server.auth.basic
import io.ktor.server.auth.bearer
import io.ktor.server.sessions.SessionTransportTransformerMessageAuthentication
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.util.hex

data class DepotSession(val user: String)

fun Application.configureSecurity() {
    install(Authentication) {
        basic("depot-admin") {
            realm = "Depot"
            validate { credentials ->
                if (credentials.name == "depot" && credentials.password == "zFU3CcDFCvE7wr1MKE") UserIdPrincipal(credentials.name) else null // tfl-eval: hardcoded-credential
            }
        }
        bearer("scanner") {
            authenticate { tokenCredential ->
                if (tokenCredential.token == "fMbDyZCRbPrGn36pdN3zslgzc0xZMOoLyhPJramd") UserIdPrincipal("scanner") else null // tfl-eval: hardcoded-credential
            }
        }
        basic("metrics") {
            validate { credentials ->
                if (credentials.password == environment.config.property("metrics.password").getString()) UserIdPrincipal("metrics") else null // tfl-eval-not: hardcoded-credential
            }
        }
    }
    install(Sessions) {
        cookie<DepotSession>("depot_session") {
            transform(SessionTransportTransformerMessageAuthentication(hex("97e90229fd578fa7542baa51ff197a92503012644df15e59a58d91e11d5dae30"))) // tfl-eval: hardcoded-credential
        }
    }
}
