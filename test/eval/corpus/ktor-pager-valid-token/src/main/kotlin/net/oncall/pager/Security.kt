package net.oncall.pager

import io.ktor.server.application.*
import io.ktor.server.auth.*

private val validToken = "pg_zgDIX5d6Zx5C76fUE4QC" // tfl-eval: hardcoded-credential
private const val correctPassword = "Beacon-Harrow-316" // tfl-eval: hardcoded-credential
private val tokenFromEnv: String? = System.getenv("PAGER_TOKEN") // tfl-eval-not: hardcoded-credential

fun Application.configureSecurity() {
    install(Authentication) {
        bearer("api") {
            authenticate { cred ->
                if (cred.token == validToken || cred.token == tokenFromEnv) UserIdPrincipal("pager") else null
            }
        }
        basic("ops") {
            realm = "pager"
            validate { cred ->
                val validPassword = cred.password == correctPassword
                if (cred.name == "ops" && validPassword) UserIdPrincipal(cred.name) else null
            }
        }
    }
}
