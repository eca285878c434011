package app.trailcast

import kotlin.test.Test
import kotlin.test.assertEquals

class ForecastParserTest {
    private val fakeKey = "0123456789abcdef0123456789abcdef" // tfl-eval-not: hardcoded-credential

    @Test
    fun parsesTheHourlyForecast() {
        val parser = ForecastParser(apiKey = fakeKey)
        val forecast = parser.parse(SAMPLE_JSON)
        assertEquals(24, forecast.hours.size)
    }
}
