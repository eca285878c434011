package io.shipfleet.security

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

object WebhookVerifier {
    private const val SIGNING_SECRET = "Zybm123JxjBvEBmFP4TBmHIjrSxF" // tfl-eval: hardcoded-credential
    private const val ALGORITHM = "HmacSHA256"

    fun verify(body: ByteArray, signature: String): Boolean {
        val mac = Mac.getInstance(ALGORITHM)
        mac.init(SecretKeySpec(SIGNING_SECRET.toByteArray(), ALGORITHM))
        return mac.doFinal(body).joinToString("") { "%02x".format(it) } == signature
    }
}
