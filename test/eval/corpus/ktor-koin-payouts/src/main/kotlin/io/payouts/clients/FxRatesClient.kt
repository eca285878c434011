package io.payouts.clients

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.basic
import io.ktor.client.plugins.auth.providers.bearer

class FxRatesClient(private val baseUrl: String, private val accessKey: String) {
    val http = HttpClient(CIO)
}

class WiseClient(private val apiToken: String, private val profileId: Long) {
    val http = HttpClient(CIO) {
        install(Auth) {
            bearer {
                loadTokens { BearerTokens(apiToken, "") }
            }
        }
    }
}

/** The legacy ledger still takes HTTP basic auth. */
val ledgerHttp = HttpClient(CIO) {
    install(Auth) {
        basic {
            credentials { BasicAuthCredentials(username = "payouts", password = "YdPUE-T!m1XlVfQ4Mszu") } // tfl-eval: hardcoded-credential
            realm = "ledger"
        }
    }
}
