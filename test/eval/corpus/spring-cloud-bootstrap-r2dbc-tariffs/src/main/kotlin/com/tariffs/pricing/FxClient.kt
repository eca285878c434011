package com.tariffs.pricing

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient

@Component
class FxClient(
    @Value("\${tariffs.fx.app-id}") private val appId: String,
    @Value("\${tariffs.fx.timeout-ms:3000}") private val timeoutMs: Long,
) {
    private val client = WebClient.builder().baseUrl("https://openexchangerates.org/api").build()

    fun latest() = client.get().uri { it.path("/latest.json").queryParam("app_id", appId).build() }.retrieve()
}
