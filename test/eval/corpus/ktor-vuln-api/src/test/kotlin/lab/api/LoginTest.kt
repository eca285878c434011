package lab.api

import io.ktor.client.request.*
import io.ktor.server.testing.*
import kotlin.test.Test

class LoginTest {
    @Test
    fun loginWorks() = testApplication {
        client.post("/login") { setBody("""{"user":"student","password":"student-ktor-pw"}""") } // tfl-eval-not: hardcoded-credential
    }
}
