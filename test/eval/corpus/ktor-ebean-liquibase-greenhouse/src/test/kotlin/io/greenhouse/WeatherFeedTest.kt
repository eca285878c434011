package io.greenhouse

import io.greenhouse.sensors.WeatherFeed
import kotlin.test.Test
import kotlin.test.assertNotNull

class WeatherFeedTest {
    private val token = if (System.getenv("CI") != null) System.getenv("TEST_TOKEN") else "test-token-123"

    @Test
    fun buildsSandboxFeed() {
        assertNotNull(WeatherFeed(sandbox = true))
        assertNotNull(token)
    }
}
