package com.roster.reports

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.util.UUID
import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties(prefix = "roster.reports")
data class ReportProperties(
    val linkSecret: String = UUID.randomUUID().toString(), // tfl-eval-not: per-process-secret
    val ttlMinutes: Long = 30,
)

class ReportTokens(private val properties: ReportProperties) {
    companion object {
        private const val SIGNING_SECRET = "secret" // tfl-eval: hardcoded-credential
        const val CLAIM_REPORT = "report" // tfl-eval-not: hardcoded-credential
    }

    fun link(reportId: String): String = JWT.create().withClaim(CLAIM_REPORT, reportId).sign(Algorithm.HMAC256(SIGNING_SECRET))

    fun share(reportId: String): String = JWT.create().withClaim(CLAIM_REPORT, reportId).sign(Algorithm.HMAC256(properties.linkSecret))
}
