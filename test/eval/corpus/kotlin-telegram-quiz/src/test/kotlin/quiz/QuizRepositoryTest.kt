package quiz

import org.jetbrains.exposed.sql.Database
import kotlin.test.Test
import kotlin.test.assertNotNull

class QuizRepositoryTest {
    @Test
    fun connectsToH2() {
        val db = Database.connect("jdbc:h2:mem:quiz;DB_CLOSE_DELAY=-1", driver = "org.h2.Driver", user = "sa", password = "sa-test-pw") // tfl-eval-not: hardcoded-credential
        assertNotNull(db)
    }
}
