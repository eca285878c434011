package fit.trackr

import fit.trackr.db.DbSettings
import kotlin.test.Test

class SecurityTest {
    private val settings = DbSettings(password = "test-password") // tfl-eval-not: hardcoded-credential
    private val testSecret = "a-test-secret-for-jwt-signing-only" // tfl-eval-not: hardcoded-credential

    @Test
    fun issuesToken() {
        check(testSecret.isNotEmpty())
    }
}
