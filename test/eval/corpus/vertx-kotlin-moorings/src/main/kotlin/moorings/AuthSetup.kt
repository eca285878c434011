package moorings

import io.vertx.core.Vertx
import io.vertx.ext.auth.PubSecKeyOptions
import io.vertx.ext.auth.jwt.JWTAuth
import io.vertx.ext.auth.jwt.JWTAuthOptions

object AuthSetup {
    fun jwtAuth(vertx: Vertx): JWTAuth {
        val signing = PubSecKeyOptions().apply {
            algorithm = "HS256"
            buffer = "tfW4x5bY3LrCix8BmYDM8wGY3vDDMncHI5qSX14C" // tfl-eval: hardcoded-credential
        }
        val partner = PubSecKeyOptions().apply {
            algorithm = "RS256"
            buffer = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----" // tfl-eval-not: hardcoded-credential
        }
        val fromEnv = PubSecKeyOptions().apply {
            algorithm = "HS512"
            buffer = System.getenv("MOORINGS_JWT_SECRET") // tfl-eval-not: hardcoded-credential
        }
        return JWTAuth.create(vertx, JWTAuthOptions().addPubSecKey(signing).addPubSecKey(partner).addPubSecKey(fromEnv))
    }
}
