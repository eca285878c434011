package dev.courier.push

import com.google.auth.oauth2.GoogleCredentials
import java.io.FileInputStream

data class PushConfig(
    val projectId: String,
    val serverKey: String,
    val senderId: String,
)

object PushSender {
    private val defaults = PushConfig(
        projectId = "courier-prod",
        serverKey = "AAAAjlLvcQjxf2AOrtvM:APA91bhU75j7TUraprpWS2hJ1n8MkeZav3WJrtbAEFPoTWJNddlah13hRjK9u96zdhGVVS", // tfl-eval: hardcoded-credential
        senderId = "771204538816",
    )

    fun credentials(): GoogleCredentials =
        GoogleCredentials.fromStream(FileInputStream(System.getenv("GOOGLE_APPLICATION_CREDENTIALS"))) // tfl-eval-not: hardcoded-credential

    val TOKEN_HEADER = "X-Push-Token" // tfl-eval-not: hardcoded-credential
}
