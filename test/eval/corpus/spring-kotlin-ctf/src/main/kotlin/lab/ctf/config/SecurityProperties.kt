package lab.ctf.config

import org.springframework.boot.context.properties.ConfigurationProperties

@ConfigurationProperties("ctf.security")
data class SecurityProperties(
    val tokenSecret: String = "ctf-token-signing-secret-7734", // tfl-eval: hardcoded-credential
    val tokenTtlMinutes: Long = 60,
    val flagPrefix: String = "flag{",
)
