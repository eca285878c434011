package fit.trackr.integrations

import io.ktor.client.HttpClient
import io.ktor.client.request.*
import io.ktor.client.statement.*
import io.ktor.http.*

class StravaClient(
    private val http: HttpClient,
    private val clientId: String = "48213",
    private val clientSecret: String = "7a52ccfae170551c0bf8119927050e7ef448b2b8", // tfl-eval: hardcoded-credential
) {
    companion object {
        const val TOKEN_URL = "https://www.strava.com/oauth/token"
        const val GRANT_REFRESH = "refresh_token" // tfl-eval-not: hardcoded-credential
        private const val WEBHOOK_TOKEN = "vPx6ZOWMaFwXFUiFhtYftzR0" // tfl-eval: hardcoded-credential
    }

    suspend fun refresh(refreshToken: String): HttpResponse = http.submitForm(
        url = TOKEN_URL,
        formParameters = parameters {
            append("client_id", clientId)
            append("client_secret", clientSecret)
            append("grant_type", GRANT_REFRESH)
            append("refresh_token", refreshToken)
        },
    )

    fun verifyWebhook(token: String): Boolean = token == WEBHOOK_TOKEN

    fun pushPayload(deviceToken: String) = mapOf(
        "to" to deviceToken,
        "server_key" to "qH03082m7Q7RTCDY9O1tdhvgzWHV6mpO81ponoL", // tfl-eval: hardcoded-credential
        "priority" to "high",
    )
}
