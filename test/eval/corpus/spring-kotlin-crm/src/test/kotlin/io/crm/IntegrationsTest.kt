package io.crm

import org.junit.jupiter.api.Test

class IntegrationsTest {
    private val apiKey = "test-api-key" // tfl-eval-not: hardcoded-credential
    private val password = "P@ssw0rd-test" // tfl-eval-not: hardcoded-credential

    @Test
    fun signs() {
        check(apiKey.isNotEmpty() && password.isNotEmpty())
    }
}
