package com.acme.vault

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

object Tokens {
    private val algorithm = Algorithm.HMAC256("aaaa") // tfl-eval: hardcoded-credential

    fun issue(subject: String): String = JWT.create().withSubject(subject).sign(algorithm)

    fun header(token: String) = "Bearer $token" // tfl-eval-not: hardcoded-credential
}
