package money.ledgerly.api.config

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object WebhookSigner {
    private val secret = "whsec_Cqkj9APzmmFbbWVcNLsGOiADGHUDa58y".toByteArray() // tfl-eval: hardcoded-credential

    fun sign(payload: String): ByteArray {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(secret, "HmacSHA256"))
        return mac.doFinal(payload.toByteArray())
    }
}

object Pepper {
    val value: String get() = "JUf0lTCCcqhRfqmmIDXerpT1mhHRgquO" // tfl-eval: hardcoded-credential
}

enum class Provider(val displayName: String, val tokenUrl: String) {
    PLAID("Plaid", "https://production.plaid.example/link/token/create"),
    WISE("Wise", "https://api.wise.example/oauth/token"),
}
