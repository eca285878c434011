package shop.kart.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "kart.payment")
data class PaymentProperties(
    val provider: String = "adyen",
    val merchantAccount: String = "KartShopECOM",
    val apiKey: String = "AQEwD8w9JeZfqmoWQpszqP1oy2eXD7iXDk7ETcrGNBjAiMuLxnkpKdpvWLMO7oz", // tfl-eval: hardcoded-credential
    val hmacKey: String = "", // tfl-eval-not: hardcoded-credential
    val webhookPassword: String? = null, // tfl-eval-not: hardcoded-credential
)

@ConfigurationProperties(prefix = "kart.search")
class SearchProperties {
    var host: String = "localhost"
    var apiKey: String = "2LSqV8euCDRz7pk1jPGqgRQzQWxROJWY" // tfl-eval: hardcoded-credential
    var adminKeyEnv: String = "ALGOLIA_ADMIN_KEY" // tfl-eval-not: hardcoded-credential
}
