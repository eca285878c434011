package com.acme.sync.clients

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.basic
import io.ktor.client.plugins.auth.providers.bearer
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.header

val warehouseClient = HttpClient(CIO) {
    install(Auth) {
        basic {
            credentials { BasicAuthCredentials(username = "inventory-sync", password = "5t1ufOVN@Nmd1!uCXFW-") } // tfl-eval: hardcoded-credential
            realm = "warehouse"
        }
    }
}

val marketplaceClient = HttpClient(CIO) {
    install(Auth) {
        bearer {
            loadTokens { BearerTokens("simrVJoF339P8H3ZNgB6SQEofU2Yx5Hv92amMKAHb8rfQQ9b", "") } // tfl-eval: hardcoded-credential
        }
    }
}

val erpClient = HttpClient(CIO) {
    defaultRequest {
        url("https://erp.acme.example/api/")
        header("X-ERP-Key", System.getenv("ERP_API_KEY")) // tfl-eval-not: hardcoded-credential
    }
}
