package io.shipfleet.carrier

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.util.Base64

class UpsClient(private val http: HttpClient = HttpClient.newHttpClient()) {

    companion object {
        const val CLIENT_ID = "ups-shipfleet-prod"
        const val CLIENT_SECRET = "OsE1xCYpH3w5y15WpWwa3dwu" // tfl-eval: hardcoded-credential
        const val TOKEN_PATH = "/security/v1/oauth/token" // tfl-eval-not: hardcoded-credential
        private const val PASSWORD_FIELD = "password" // tfl-eval-not: hardcoded-credential
    }

    fun tokenRequest(): HttpRequest {
        val basic = Base64.getEncoder().encodeToString("$CLIENT_ID:$CLIENT_SECRET".toByteArray())
        return HttpRequest.newBuilder(URI.create("https://onlinetools.ups.com$TOKEN_PATH"))
            .header("Authorization", "Basic $basic")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build()
    }
}
