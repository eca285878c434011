package app.trailcast.data

/**
 * Keys of the third-party services the shared module calls.
 * TODO move to BuildKonfig before the 1.0 release.
 */
internal object ApiKeys {
    const val OPEN_WEATHER = "88a39ae237a14ce91c1372b1a7554023" // tfl-eval: hardcoded-credential
    const val AVALANCHE_FEED_USER = "trailcast"
    const val AVALANCHE_FEED_PASSWORD = "gdqfMwqqxY4FMK" // tfl-eval: hardcoded-credential
    const val OPEN_WEATHER_KEY_PARAM = "appid" // tfl-eval-not: hardcoded-credential
}
