package io.crm.integrations

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import org.springframework.web.reactive.function.client.WebClient

object Integrations {
    private val algorithm = Algorithm.HMAC256("g5eJBc1gdQA2A6noSR1TpQQJSCyXAsj4") // tfl-eval: hardcoded-credential

    fun portalToken(userId: String): String = JWT.create().withSubject(userId).sign(algorithm)

    val zendesk: WebClient = WebClient.builder()
        .baseUrl("https://crm.zendesk.com/api/v2")
        .defaultHeader("Authorization", "Bearer puW8vbYtpJNQDFCrIFFZcvMs6lAr3urs") // tfl-eval: hardcoded-credential
        .build()

    val pipedrive: WebClient = WebClient.builder()
        .baseUrl("https://api.pipedrive.com/v1")
        .defaultHeaders { it.setBasicAuth("crm-sync", "Xoold29#4xyb") } // tfl-eval: hardcoded-credential
        .build()

    val clearbit: WebClient = WebClient.builder()
        .baseUrl("https://person.clearbit.com/v2")
        .defaultHeader("Authorization", "Bearer ${System.getenv("CLEARBIT_KEY")}") // tfl-eval-not: hardcoded-credential
        .build()
}
