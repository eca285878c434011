package io.payouts

import io.payouts.clients.WiseClient
import kotlin.test.Test
import kotlin.test.assertNotNull

class WiseClientTest {
    @Test
    fun builds() {
        assertNotNull(WiseClient(apiToken = "dummy-token", profileId = 1)) // tfl-eval-not: hardcoded-credential
    }
}
