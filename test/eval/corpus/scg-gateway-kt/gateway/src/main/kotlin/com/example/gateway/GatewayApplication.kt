package com.example.gateway

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver
import org.springframework.context.annotation.Bean
import reactor.core.publisher.Mono

@SpringBootApplication
class GatewayApplication {
    companion object {
        const val USER_HEADER = "X-User-Id"
        const val API_KEY_HEADER = "X-Api-Key"
        const val ANONYMOUS_TOKEN = "anonymous"
    }

    @Bean
    fun userKeyResolver(): KeyResolver = KeyResolver { exchange ->
        Mono.justOrEmpty(exchange.request.headers.getFirst(USER_HEADER)).defaultIfEmpty(ANONYMOUS_TOKEN)
    }
}

fun main(args: Array<String>) {
    runApplication<GatewayApplication>(*args)
}
