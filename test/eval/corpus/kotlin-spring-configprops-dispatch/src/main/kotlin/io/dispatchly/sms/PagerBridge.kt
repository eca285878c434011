package io.dispatchly.sms

import org.springframework.web.reactive.function.client.WebClient

class PagerBridge(private val web: WebClient) {

    private val loginPayload = """{"username":"dispatch-bot","password":"Hb975mRligIu#2wxMR"}""" // tfl-eval: hardcoded-credential

    fun login() = web.post().uri("https://pager.dispatchly.io/api/login")
        .header("Content-Type", "application/json")
        .bodyValue(loginPayload)
        .retrieve()

    fun page(password: String) {
        require(password.isNotBlank()) { "password must be set" } // tfl-eval-not: hardcoded-credential
    }
}
