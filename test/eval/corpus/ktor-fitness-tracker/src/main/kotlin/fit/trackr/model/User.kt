package fit.trackr.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class RegisterRequest(
    val email: String,
    @SerialName("password") val password: String, // tfl-eval-not: hardcoded-credential
    @SerialName("password_confirmation") val passwordConfirmation: String, // tfl-eval-not: hardcoded-credential
)

enum class AuthMethod { PASSWORD, API_KEY, OAUTH_TOKEN }

object Messages {
    const val PASSWORD_TOO_SHORT = "Password must have at least 10 characters" // tfl-eval-not: hardcoded-credential
    const val INVALID_TOKEN = "Token is invalid or expired" // tfl-eval-not: hardcoded-credential
    const val SECRET_ENV = "JWT_SECRET" // tfl-eval-not: hardcoded-credential
}

fun validate(req: RegisterRequest): String? =
    if (req.password != req.passwordConfirmation) "Passwords do not match" else null // tfl-eval-not: hardcoded-credential
