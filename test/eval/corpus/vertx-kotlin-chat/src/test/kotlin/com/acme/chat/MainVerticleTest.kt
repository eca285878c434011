package com.acme.chat

import io.vertx.ext.auth.PubSecKeyOptions
import io.vertx.ext.auth.jwt.JWTAuthOptions
import kotlin.test.Test
import kotlin.test.assertNotNull

class MainVerticleTest {
    @Test
    fun `signs test tokens`() {
        val options = JWTAuthOptions().addPubSecKey(PubSecKeyOptions().setAlgorithm("HS256").setBuffer("test-secret")) // tfl-eval-not: hardcoded-credential
        assertNotNull(options)
    }
}