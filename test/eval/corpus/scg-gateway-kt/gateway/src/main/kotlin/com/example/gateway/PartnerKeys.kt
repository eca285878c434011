package com.example.gateway

import org.springframework.stereotype.Component

@Component
class PartnerKeys {
    // Keys partners send in X-Api-Key; each maps to the partner's id.
    private val keys = mapOf(
        "pk_partner_acme" to "acme",
        "9f2c7e1a4b8d6f3e5a1c0b9d8e7f6a5b" to "northwind", // tfl-eval: hardcoded-credential
    )

    fun partnerOf(key: String?): String? = key?.let(keys::get)
}
