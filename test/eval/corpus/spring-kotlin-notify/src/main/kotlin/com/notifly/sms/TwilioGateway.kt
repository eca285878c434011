package com.notifly.sms

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import org.springframework.web.reactive.function.client.WebClient

@Service
class TwilioGateway(
    @Value("\${twilio.account-sid}") private val accountSid: String, // tfl-eval-not: hardcoded-credential
    @Value("\${twilio.auth-token:d42be501871f21a3b2b52e7bdf01dc02}") private val authToken: String, // tfl-eval: hardcoded-credential
    @Value("\${twilio.from:+15005550006}") private val from: String,
) {
    private val client = WebClient.builder()
        .baseUrl("https://api.twilio.com/2010-04-01")
        .defaultHeaders { it.setBasicAuth(accountSid, authToken) }
        .build()

    fun send(to: String, body: String) {
        client.post().uri("/Accounts/$accountSid/Messages.json")
            .bodyValue(mapOf("To" to to, "From" to from, "Body" to body))
            .retrieve()
    }

    fun vonageFallback(): Map<String, String> =
        mapOf("api_key" to "a7c3e91f", "api_secret" to "Ldeyz844yf7Qjkaj") // tfl-eval: hardcoded-credential
}
