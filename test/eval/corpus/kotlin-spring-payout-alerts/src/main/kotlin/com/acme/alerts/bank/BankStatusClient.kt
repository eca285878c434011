package com.acme.alerts.bank

import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

@Component
class BankStatusClient(
    @Value("\${bank.status.url}") baseUrl: String,
    @Value("\${bank.status.client-secret}") private val clientSecret: String, // tfl-eval-not: hardcoded-credential
) {
    private val client = RestClient.builder()
        .baseUrl(baseUrl)
        .defaultHeaders { h: HttpHeaders -> h.setBasicAuth("acme-payouts", "a5yX9D%jmpqbe35I9it8") } // tfl-eval: hardcoded-credential
        .build()

    private val sandbox = RestClient.builder()
        .baseUrl("https://sandbox.bank.example")
        .defaultHeader("X-Api-Key", "1251abed8e11f6fa83ef4208aeec9eb8") // tfl-eval: hardcoded-credential
        .build()

    fun status(): String? = client.get().uri("/status").retrieve().body(String::class.java)

    companion object {
        const val PASSWORD_FIELD = "client_secret" // tfl-eval-not: hardcoded-credential
        const val STATUS_OK = "OK"
    }
}
