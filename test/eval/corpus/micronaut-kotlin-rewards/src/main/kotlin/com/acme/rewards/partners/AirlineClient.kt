package com.acme.rewards.partners

import io.micronaut.context.annotation.Requires
import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.Header
import io.micronaut.http.client.annotation.Client

@Client("https://api.airline.example/miles")
@Header(name = "X-Partner-Key", value = "Oiqz4BU33o1BknwNy0z3e8ANdt1S7TM0") // tfl-eval: hardcoded-credential
interface AirlineClient {
    @Get("/balance/{member}")
    fun balance(member: String): Long
}

@Client("https://api.hotel.example")
@Header(name = "X-Partner-Key", value = "\${hotel.api-key}") // tfl-eval-not: hardcoded-credential
@Requires(property = "hotel.enabled", value = "true")
interface HotelClient {
    @Get("/points/{member}")
    fun points(member: String): Long
}
