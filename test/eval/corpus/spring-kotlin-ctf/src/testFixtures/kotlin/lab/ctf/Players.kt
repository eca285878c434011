package lab.ctf

object Players {
    const val PASSWORD = "fixture-player-pw" // tfl-eval-not: hardcoded-credential
    val admin = mapOf("name" to "admin", "password" to "fixture-admin-pw") // tfl-eval-not: hardcoded-credential
}
