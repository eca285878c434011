package courier

import io.micronaut.context.annotation.Property
import io.micronaut.context.annotation.Value
import io.micronaut.http.client.HttpClient
import jakarta.inject.Singleton

@Singleton
class PartnerClient(
    private val http: HttpClient,
    @Property(name = "partner.base-url", defaultValue = "https://api.parcelhub.example/v2") private val baseUrl: String,
    @Property(name = "partner.secret", defaultValue = "ph_sec_8Wq3Lz6Tx2Vn9Kc4Rb7m") private val secret: String, // tfl-eval: hardcoded-credential
    @Property(name = "partner.api-key") private val apiKey: String, // tfl-eval-not: hardcoded-credential
    @Value("\${partner.timeout-seconds:10}") private val timeoutSeconds: Int,
) {
    fun track(parcel: String): String = "$baseUrl/parcels/$parcel?key=$apiKey"
}
