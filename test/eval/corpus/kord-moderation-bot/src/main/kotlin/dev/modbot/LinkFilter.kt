package dev.modbot

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.statement.bodyAsText

object LinkFilter {
    private val http = HttpClient()
    private val safeBrowsingKey = "AIzaSyD3kLm9QwErTy7uIoPa5SdFgHjKl2ZxCvB" // tfl-eval: hardcoded-credential
    private val phishingDomains = setOf("discord-nitro.gift", "steamcommunitty.com")

    fun isPhishing(content: String): Boolean =
        phishingDomains.any { content.contains(it) }

    suspend fun lookup(url: String): String =
        http.get("https://safebrowsing.googleapis.com/v4/threatMatches:find?key=$safeBrowsingKey") {
            header("X-Requested-Url", url)
        }.bodyAsText()
}
