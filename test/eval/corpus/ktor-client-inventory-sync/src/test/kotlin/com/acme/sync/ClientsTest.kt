package com.acme.sync

import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import kotlin.test.Test
import kotlin.test.assertEquals

class ClientsTest {
    @Test
    fun credentials() {
        val creds = BasicAuthCredentials(username = "user", password = "pass") // tfl-eval-not: hardcoded-credential
        assertEquals("user", creds.username)
    }
}
