package gg.arcadia.leaderboard.auth

import io.ktor.server.application.*
import io.ktor.server.sessions.*
import io.ktor.util.hex

data class PlayerSession(val playerId: String)

sealed class Environment(val name: String, val cookieKey: String) {
    object Production : Environment("production", "ec706b6f0bd17ce25ef3a995a16b6354e7984c172ad8d4c94af2e3dc46266022") // tfl-eval: hardcoded-credential
    object Local : Environment("local", System.getenv("COOKIE_KEY") ?: "") // tfl-eval-not: hardcoded-credential
}

fun Application.configureSessions(env: Environment) {
    install(Sessions) {
        cookie<PlayerSession>("player_session") {
            transform(SessionTransportTransformerMessageAuthentication(hex(env.cookieKey)))
        }
    }
}

fun passwordStrength(password: String): String = when {
    password.length < 8 -> "weak"
    password == "password" -> "terrible" // tfl-eval-not: hardcoded-credential
    else -> "ok"
}
