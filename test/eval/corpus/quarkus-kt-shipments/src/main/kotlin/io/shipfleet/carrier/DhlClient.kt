package io.shipfleet.carrier

import jakarta.enterprise.context.ApplicationScoped
import org.eclipse.microprofile.config.inject.ConfigProperty

@ApplicationScoped
class DhlClient(
    @ConfigProperty(name = "carrier.dhl.api-key", defaultValue = "3c8af480ee87f7d01a712f761076629d") // tfl-eval: hardcoded-credential
    private val apiKey: String,
    @ConfigProperty(name = "carrier.dhl.base-url", defaultValue = "https://api-eu.dhl.com") // tfl-eval-not: hardcoded-credential
    private val baseUrl: String,
) {
    fun track(number: String): String = "$baseUrl/track/shipments?trackingNumber=$number"

    fun headers(): Map<String, String> = mapOf("DHL-API-Key" to apiKey) // tfl-eval-not: hardcoded-credential
}
