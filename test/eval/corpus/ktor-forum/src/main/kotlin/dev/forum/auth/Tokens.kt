package dev.forum.auth

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import java.util.Date

object Tokens {
    private val key = Keys.hmacShaKeyFor("forum-signing-FSXQrmruOyso-uipSQCkVntsG".toByteArray()) // tfl-eval: hardcoded-credential
    private const val ISSUER = "forum"
    const val HEADER = "Authorization" // tfl-eval-not: hardcoded-credential

    fun issue(userId: Long): String = Jwts.builder()
        .setSubject(userId.toString())
        .setIssuer(ISSUER)
        .setExpiration(Date(System.currentTimeMillis() + 3_600_000))
        .signWith(key)
        .compact()
}

enum class TokenType(val claim: String) {
    ACCESS("access_token"), // tfl-eval-not: hardcoded-credential
    REFRESH("refresh_token"), // tfl-eval-not: hardcoded-credential
}
