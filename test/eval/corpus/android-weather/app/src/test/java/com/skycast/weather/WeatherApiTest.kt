package com.skycast.weather

import org.junit.Test

class WeatherApiTest {
    private val fakeKey = "0123456789abcdef0123456789abcdef" // tfl-eval-not: hardcoded-credential

    @Test
    fun buildsUrl() {
        check(fakeKey.length == 32)
    }
}
