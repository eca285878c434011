package com.acme.sync.config

object Keys {
    const val SHIPPING_API_KEY = "80c8c614b76236aceaa97017283af7d6" // tfl-eval: hardcoded-credential
    const val SHIPPING_API_KEY_HEADER = "X-Shipping-Key" // tfl-eval-not: hardcoded-credential
    const val PASSWORD_MIN_LENGTH = 12
    val signingSecret: String = System.getenv("SYNC_SIGNING_SECRET") ?: "GTgtWVysblX1eVFy8a0DJI37xCk03hp6" // tfl-eval: hardcoded-credential
}
