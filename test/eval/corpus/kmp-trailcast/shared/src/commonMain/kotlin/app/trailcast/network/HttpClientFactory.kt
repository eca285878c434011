package app.trailcast.network

import app.trailcast.data.ApiKeys
import io.ktor.client.HttpClient
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import io.ktor.client.request.header
import io.ktor.client.request.parameter
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.json.Json

fun weatherClient(): HttpClient = HttpClient {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    install(Logging) { level = LogLevel.HEADERS }
    defaultRequest {
        url("https://api.openweathermap.org/data/3.0/")
        parameter(ApiKeys.OPEN_WEATHER_KEY_PARAM, ApiKeys.OPEN_WEATHER)
    }
}

fun trailsClient(): HttpClient = HttpClient {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    defaultRequest {
        url("https://trail-conditions.p.rapidapi.com/")
        header("X-RapidAPI-Host", "trail-conditions.p.rapidapi.com")
        header("X-RapidAPI-Key", "5e8c1f0b7dmsh4a9e2c6b13f7d58p1c0a4ejsn2b7f9d3e6a81") // tfl-eval: hardcoded-credential
    }
}
