package app.wallet.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "wallet.jwt")
data class JwtProperties(
    val issuer: String = "wallet",
    val secret: String = "Zktx9s6.GN2sqImXYNbVVPdBFpWM7K8S", // tfl-eval: hardcoded-credential
    val expiresInMinutes: Long = 30,
)

@ConfigurationProperties(prefix = "wallet.ledger")
data class LedgerProperties(
    val baseUrl: String,
    val apiKey: String, // tfl-eval-not: hardcoded-credential
    val timeoutSeconds: Long = 5,
)

object ErrorCodes {
    const val INVALID_TOKEN = "invalid_token" // tfl-eval-not: hardcoded-credential
    const val PASSWORD_EXPIRED = "password_expired" // tfl-eval-not: hardcoded-credential
    const val INSUFFICIENT_FUNDS = "insufficient_funds"
}
