package money.ledgerly.api

import kotlin.test.Test

class PlaidClientTest {
    private val secret = "test_secret_123" // tfl-eval-not: hardcoded-credential

    @Test
    fun lists() = check(secret.isNotEmpty())
}
