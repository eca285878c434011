package city.parking

import io.ktor.server.application.*
import io.ktor.server.auth.*

fun Application.configureSecurity() {
    install(Authentication) {
        basic("wardens") {
            realm = "parking"
            validate { credentials ->
                if (credentials.name == "warden" && credentials.password == "Fffnx83#THY2") UserIdPrincipal(credentials.name) else null // tfl-eval: hardcoded-credential
            }
        }
        bearer("meters") {
            authenticate { tokenCredential ->
                if (tokenCredential.token == "Q31YkwGH6HYJUbEReHC4fnt1dsaKgvNw") UserIdPrincipal("meter") else null // tfl-eval: hardcoded-credential
            }
        }
    }
}

object PaymentKeys {
    val stripeSecret: String
        get() = "sk_live_wb2Fb5I0UlERYn022126Lkx1" // tfl-eval: hardcoded-credential
    val webhookSecret: String
        get() = "whsec_ZHn2XAhEZpOOnuunB3apZ4SbN9Tt3YBd" // tfl-eval: hardcoded-credential
    val publishableKey = "pk_live_4EURRRviz4yPsXxYDbt587Dq" // tfl-eval-not: hardcoded-credential
}
