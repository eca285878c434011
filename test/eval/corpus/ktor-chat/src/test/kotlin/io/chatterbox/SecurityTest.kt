package io.chatterbox

import kotlin.test.Test
import kotlin.test.assertEquals

class SecurityTest {
    private val adminPassword = "test-admin-pass" // tfl-eval-not: hardcoded-credential

    @Test
    fun `admin login is accepted`() {
        assertEquals(200, login("admin", adminPassword))
    }

    private fun login(user: String, password: String): Int = if (password.isNotEmpty() && user.isNotEmpty()) 200 else 401
}
