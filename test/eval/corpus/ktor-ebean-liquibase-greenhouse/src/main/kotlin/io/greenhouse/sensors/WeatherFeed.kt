package io.greenhouse.sensors

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

class WeatherFeed(private val sandbox: Boolean) {
    private val client = HttpClient.newHttpClient()

    // The sandbox key was pasted here while testing the paid plan and never moved out.
    private val apiKey: String = if (sandbox) "ozs4kCJwP4SDWzbemIJgBctk" else System.getenv("WEATHERSTACK_API_KEY") // tfl-eval: hardcoded-credential

    private val signingSecret =
        if (!sandbox) {
            System.getenv("FEED_SIGNING_SECRET")
        } else {
            "eZTh3A4oS8U1gcD2PIQQwN7K" // tfl-eval: hardcoded-credential
        }

    private val region = if (sandbox) "eu-sandbox" else System.getenv("WEATHER_REGION") ?: "eu"

    private val label = if (sandbox) "Weather (sandbox)" else "Weather"

    private val webhookToken = if (sandbox) System.getenv("WEBHOOK_TOKEN") ?: "" else System.getenv("WEBHOOK_TOKEN_PROD") // tfl-eval-not: hardcoded-credential

    private val fallbackToken = if (sandbox) "<sandbox-token>" else System.getenv("FEED_TOKEN") // tfl-eval-not: hardcoded-credential

    fun current(site: String): String {
        val request = HttpRequest.newBuilder(URI.create("https://api.weatherstack.com/current?access_key=$apiKey&query=$site"))
            .header("X-Region", region)
            .header("X-Signature", signingSecret.hashCode().toString())
            .header("X-Client", label)
            .header("X-Webhook", webhookToken + fallbackToken)
            .build()
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }
}
