package io.parcelbridge

import io.ktor.client.HttpClient
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class CarrierLogin(private val http: HttpClient) {

    private val loginBody = """
        {
          "username": "parcelbridge",
          "password": "Gsv-w1N#_3Yp1spexd",
          "grant_type": "password"
        }
    """.trimIndent()

    private val sandboxBody = """
        {
          "username": "sandbox",
          "password": "${System.getenv("CARRIER_SANDBOX_PASSWORD")}"
        }
    """.trimIndent()

    private val schema = """
        {"username": "string", "password": "string"}
    """.trimIndent()

    suspend fun login() = http.post("https://auth.carrier.example/oauth/token") {
        contentType(ContentType.Application.Json)
        setBody(loginBody)
    }
}
