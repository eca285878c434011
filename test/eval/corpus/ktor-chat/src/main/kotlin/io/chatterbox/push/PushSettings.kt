package io.chatterbox.push

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

data class SmtpSettings(
    val host: String = "smtp.mailgun.org",
    val port: Int = 587,
    val username: String = "postmaster@mg.chatterbox.io",
    val password: String = "Ftjkm140#34z", // tfl-eval: hardcoded-credential
)

data class LoginForm(val username: String = "", val password: String = "") // tfl-eval-not: hardcoded-credential

enum class AuthError(val message: String) {
    INVALID_PASSWORD("The password you entered is incorrect"), // tfl-eval-not: hardcoded-credential
    TOKEN_EXPIRED("Your session token has expired"), // tfl-eval-not: hardcoded-credential
}

class PushClient(private val http: HttpSender) {
    companion object {
        private const val FCM_ENDPOINT = "https://fcm.googleapis.com/fcm/send"
        private const val FCM_SERVER_KEY = "XZ5YV8UjsXunBOwe0TPyrYIL8JOIvxAd" // tfl-eval: hardcoded-credential
        const val API_KEY_HEADER = "X-Api-Key" // tfl-eval-not: hardcoded-credential
    }

    fun send(token: String, body: String) {
        http.post(FCM_ENDPOINT, body, mapOf("Authorization" to "key=$FCM_SERVER_KEY"))
    }

    fun sign(payload: String): ByteArray {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec("chatterbox-push-Rewpm838-r0y".toByteArray(), "HmacSHA256")) // tfl-eval: hardcoded-credential
        return mac.doFinal(payload.toByteArray())
    }
}

interface HttpSender {
    fun post(url: String, body: String, headers: Map<String, String>)
}
