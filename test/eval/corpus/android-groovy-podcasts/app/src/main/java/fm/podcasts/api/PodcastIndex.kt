package fm.podcasts.api

import fm.podcasts.BuildConfig
import java.security.MessageDigest

object PodcastIndex {
    private const val SPOTIFY_CLIENT_SECRET = "3104b7bfeffa8f42c5a466c7f9b7ef35" // tfl-eval: hardcoded-credential

    fun authHeaders(now: Long): Map<String, String> {
        val hash = MessageDigest.getInstance("SHA-1")
            .digest((BuildConfig.PODCAST_INDEX_KEY + BuildConfig.PODCAST_INDEX_SECRET + now).toByteArray()) // tfl-eval-not: hardcoded-credential
            .joinToString("") { "%02x".format(it) }
        return mapOf("X-Auth-Key" to BuildConfig.PODCAST_INDEX_KEY, "X-Auth-Date" to now.toString(), "Authorization" to hash)
    }
}
