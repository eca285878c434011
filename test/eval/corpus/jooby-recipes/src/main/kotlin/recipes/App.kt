package recipes

import io.jooby.kt.runApp
import io.jooby.hikari.HikariModule
import io.jooby.jwt.JwtSessionStore

data class SignupForm(val email: String, val password: String, val passwordConfirmation: String) // tfl-eval-not: hardcoded-credential

fun main(args: Array<String>) {
    runApp(args) {
        install(HikariModule("db"))
        sessionStore = JwtSessionStore(config.getString("jwt.secret")) // tfl-eval-not: hardcoded-credential

        post("/signup") {
            val form = ctx.body(SignupForm::class.java)
            require(form.password == form.passwordConfirmation) { "Passwords do not match" }
            require(form.password.length >= 12) { "Password must be at least 12 characters" }
            "ok"
        }
    }
}
