package org.example.admin

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

@Component
class FxClient(@Value("\${fx.base-url:https://api.fxrates.example.com/v1}") baseUrl: String, @Value("\${fx.api-key}") apiKey: String) {
    private val client = RestClient.builder().baseUrl(baseUrl).defaultHeader("X-Api-Key", apiKey).build()

    fun rate(from: String, to: String): Double? =
        client.get().uri("/rates/{from}/{to}", from, to).retrieve().body(Map::class.java)?.get("rate") as? Double
}
