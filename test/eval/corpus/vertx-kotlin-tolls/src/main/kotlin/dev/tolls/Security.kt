package dev.tolls

import io.vertx.core.Vertx
import io.vertx.ext.auth.PubSecKeyOptions
import io.vertx.ext.auth.jwt.JWTAuth
import io.vertx.ext.auth.jwt.JWTAuthOptions
import io.vertx.kotlin.ext.auth.pubSecKeyOptionsOf
import io.vertx.kotlin.ext.auth.jwt.jwtAuthOptionsOf

object Security {
    fun jwt(vertx: Vertx): JWTAuth = JWTAuth.create(
        vertx,
        jwtAuthOptionsOf(
            pubSecKeys = listOf(
                pubSecKeyOptionsOf(
                    algorithm = "HS256",
                    buffer = "mFRafNuYsWYIEGyrQJXOcgUZmd2j", // tfl-eval: hardcoded-credential
                ),
            ),
        ),
    )

    fun apply(vertx: Vertx): JWTAuth = JWTAuth.create(
        vertx,
        JWTAuthOptions().addPubSecKey(
            PubSecKeyOptions().apply {
                algorithm = "HS384"
                buffer = "D3IAeONR0O4o9S7B2ipA7i0gA9tC" // tfl-eval: hardcoded-credential
            },
        ),
    )

    fun rsa(vertx: Vertx, pem: String): JWTAuth = JWTAuth.create(
        vertx,
        jwtAuthOptionsOf(pubSecKeys = listOf(pubSecKeyOptionsOf(algorithm = "RS256", buffer = pem))), // tfl-eval-not: hardcoded-credential
    )
}
