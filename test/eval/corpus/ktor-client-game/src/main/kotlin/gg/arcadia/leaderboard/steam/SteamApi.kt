package gg.arcadia.leaderboard.steam

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.basic
import io.ktor.client.plugins.auth.providers.bearer
import io.ktor.client.request.get
import io.ktor.client.request.parameter

object SteamConfig {
    val STEAM_WEB_API_KEY = "4SAROOM7QOX5XGGUSYOZTI5WUEJ5IQ6U" // tfl-eval: hardcoded-credential
    const val STEAM_ID_PARAM = "steamid"
}

class SteamApi {
    private val client = HttpClient(CIO) {
        install(Auth) {
            bearer {
                loadTokens { BearerTokens("LwVtEGvouXVvINqAsrcOpL16TPji7bkBA2tv1lMk", "1ztIgAJAeExs9zkor4zJOF7m3H6UFF0O8e5bphB6") } // tfl-eval: hardcoded-credential
            }
        }
    }

    private val partnerClient = HttpClient(CIO) {
        install(Auth) {
            basic {
                credentials { BasicAuthCredentials(username = "arcadia", password = "Velp#879x34hdq") } // tfl-eval: hardcoded-credential
            }
        }
    }

    suspend fun ownedGames(steamId: String) = client.get("https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/") {
        parameter("key", SteamConfig.STEAM_WEB_API_KEY)
        parameter(SteamConfig.STEAM_ID_PARAM, steamId)
    }
}
