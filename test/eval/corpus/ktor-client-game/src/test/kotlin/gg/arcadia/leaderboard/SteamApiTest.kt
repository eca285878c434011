package gg.arcadia.leaderboard

import kotlin.test.Test

class SteamApiTest {
    private val apiKey = "TESTKEY0000000000000000000000000" // tfl-eval-not: hardcoded-credential
    private val password = "hunter2" // tfl-eval-not: hardcoded-credential

    @Test
    fun parsesGames() {
        check(apiKey.isNotBlank() && password.isNotBlank())
    }
}
