package net.oncall.pager

import kotlin.test.Test
import kotlin.test.assertTrue

class SecurityTest {
    private val validPassword = "test-only-pass" // tfl-eval-not: hardcoded-credential
    private val invalidToken = "nope" // tfl-eval-not: hardcoded-credential

    @Test
    fun rejectsBadToken() {
        assertTrue(invalidToken != validPassword)
    }
}
