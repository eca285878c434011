package com.acme.claims.security

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import java.time.Instant
import java.util.Date

class JwtService(secret: String, private val issuer: String) {
    private val key = Keys.hmacShaKeyFor(secret.toByteArray())

    fun issue(subject: String, roles: List<String>): String =
        Jwts.builder()
            .subject(subject)
            .issuer(issuer)
            .claim(CLAIM_ROLES, roles)
            .expiration(Date.from(Instant.now().plusSeconds(TOKEN_TTL_SECONDS)))
            .signWith(key)
            .compact()

    companion object {
        const val CLAIM_ROLES = "roles"
        const val TOKEN_PREFIX = "Bearer "
        const val HEADER_STRING = "Authorization"
        const val TOKEN_TTL_SECONDS = 900L
        const val PASSWORD_RESET_TOKEN = "password_reset_token"
    }
}
