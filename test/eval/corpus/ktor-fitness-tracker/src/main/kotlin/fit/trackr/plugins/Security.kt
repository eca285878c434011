package fit.trackr.plugins

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import java.util.Date

object TokenIssuer {
    private val adminSigningKey by lazy { "jMP4YZOLgw1QnKtJlUy9LNmpZbwFVSWv5pcc" } // tfl-eval: hardcoded-credential

    fun issueAdmin(userId: String): String = JWT.create()
        .withAudience("trackr-admin")
        .withClaim("uid", userId)
        .withExpiresAt(Date(System.currentTimeMillis() + 3_600_000))
        .sign(Algorithm.HMAC256(adminSigningKey))

    fun issueDevice(deviceId: String): String = JWT.create()
        .withClaim("device", deviceId)
        .sign(Algorithm.HMAC256("yxigXHCL42Ex3r4ujgR9CruRYBLglsOU")) // tfl-eval: hardcoded-credential
}

fun Application.configureSecurity() {
    val secret = environment.config.property("jwt.secret").getString()
    val audience = environment.config.property("jwt.audience").getString()
    install(Authentication) {
        jwt("auth-jwt") {
            realm = "trackr"
            verifier(JWT.require(Algorithm.HMAC256(secret)).withAudience(audience).build())
            validate { credential ->
                if (credential.payload.getClaim("uid").asString() != "") JWTPrincipal(credential.payload) else null
            }
        }
        basic("metrics") {
            validate { creds ->
                if (creds.name == "prometheus" && creds.password == "Vilh*619loxlom") UserIdPrincipal(creds.name) else null // tfl-eval: hardcoded-credential
            }
        }
    }
}
