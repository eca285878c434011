package com.acme.rewards.security

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.micronaut.context.annotation.Factory
import io.micronaut.context.annotation.Property
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton

@Factory
class JwtConfig {
    @Singleton
    fun algorithm(): Algorithm = Algorithm.HMAC256("jCzVyEz5BTHYLOGwKwxbJCiDhFpaN0ffogrSyyhf") // tfl-eval: hardcoded-credential

    @Singleton
    fun verifier(algorithm: Algorithm) = JWT.require(algorithm).withIssuer("rewards").build()
}

@Singleton
class PartnerSigning(
    @Property(name = "rewards.partner.signing-secret") val fromConfig: String, // tfl-eval-not: hardcoded-credential
    @Value("\${rewards.partner.api-key:7a6984d77f983f15ba1121ad9d9d6de8}") val apiKey: String, // tfl-eval: hardcoded-credential
)
