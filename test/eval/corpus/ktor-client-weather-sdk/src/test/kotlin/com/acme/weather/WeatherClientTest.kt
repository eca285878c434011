package com.acme.weather

import kotlin.test.Test
import kotlin.test.assertNotNull

class WeatherClientTest {
    @Test
    fun `builds with a test key`() {
        assertNotNull(WeatherClient(apiKey = "test-key")) // tfl-eval-not: hardcoded-credential
    }
}