package com.acme.weather

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.bearer
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.header

class WeatherClient(private val apiKey: String = "7a667dcf256e92034cb3f3b53e1acafb") { // tfl-eval: hardcoded-credential

    private val http = HttpClient(CIO) {
        defaultRequest {
            url("https://api.weather.example/v3/")
            header("X-Api-Key", apiKey) // tfl-eval-not: hardcoded-credential
        }
    }

    suspend fun forecast(city: String): Forecast = http.get("forecast?q=$city").body()
}

/** The alerts feed sits behind OAuth; the service account's tokens are refreshed by the platform. */
fun alertsClient(): HttpClient = HttpClient(CIO) {
    install(Auth) {
        bearer {
            loadTokens { BearerTokens("shQPrB3BtO6PrWpmBYkIEYwCeS7Cdr8r3MODNHoT", "zFAN5WlDXS5dmEgTC2HZIiBIg5DtYGiFVt7hlszJ") } // tfl-eval: hardcoded-credential
        }
    }
}