package com.acme.alerts

import org.junit.jupiter.api.Test
import kotlin.test.assertTrue

class SlackNotifierTest {
    private val token = "xoxb-test-token" // tfl-eval-not: hardcoded-credential

    @Test
    fun `token has the bot prefix`() {
        assertTrue(token.startsWith("xoxb-"))
    }
}
