package lab.ctf

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.test.context.TestPropertySource

@SpringBootTest
@TestPropertySource(properties = ["ctf.security.token-secret=test-only-token-secret"]) // tfl-eval-not: hardcoded-credential
class ScoreboardTest {
    @Test
    fun `admin sees every flag`() {
        val password = "scoreboard-test-pw" // tfl-eval-not: hardcoded-credential
        check(password.isNotEmpty())
    }
}
