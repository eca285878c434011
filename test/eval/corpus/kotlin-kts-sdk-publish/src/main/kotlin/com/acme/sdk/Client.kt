package com.acme.sdk

class Client(private val apiKey: String, private val baseUrl: String = "https://api.acme.example") {
    fun ping(): Boolean = apiKey.isNotBlank()
}
