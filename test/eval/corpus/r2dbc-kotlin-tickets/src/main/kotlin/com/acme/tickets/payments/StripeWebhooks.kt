package com.acme.tickets.payments

import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestHeader
import org.springframework.web.bind.annotation.RestController

object StripeConfig {
    const val WEBHOOK_SECRET = "whsec_DW2B3WSmBWxL3xW8kvsG72TyZTdbsOV5" // tfl-eval: hardcoded-credential
    const val SIGNATURE_HEADER = "Stripe-Signature" // tfl-eval-not: hardcoded-credential
}

@RestController
class StripeWebhooks(private val verifier: SignatureVerifier) {
    @PostMapping("/webhooks/stripe")
    suspend fun receive(@RequestBody payload: String, @RequestHeader(StripeConfig.SIGNATURE_HEADER) signature: String) {
        verifier.verify(payload, signature, StripeConfig.WEBHOOK_SECRET)
    }
}