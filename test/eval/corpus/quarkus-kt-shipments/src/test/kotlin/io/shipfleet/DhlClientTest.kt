package io.shipfleet

import io.quarkus.test.junit.QuarkusTest
import io.shipfleet.carrier.DhlClient
import org.junit.jupiter.api.Test
import kotlin.test.assertTrue

@QuarkusTest
class DhlClientTest {
    private val client = DhlClient(apiKey = "test-api-key", baseUrl = "http://localhost:8089") // tfl-eval-not: hardcoded-credential

    @Test
    fun trackUrl() = assertTrue(client.track("123").contains("trackingNumber=123"))
}
