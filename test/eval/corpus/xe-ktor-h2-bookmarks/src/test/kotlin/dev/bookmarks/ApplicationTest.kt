package dev.bookmarks

import org.h2.tools.RunScript
import java.io.FileReader
import java.sql.DriverManager
import kotlin.test.Test

class ApplicationTest {
    @Test
    fun schemaLoads() {
        DriverManager.getConnection("jdbc:h2:mem:bookmarks").use { connection ->
            RunScript.execute(connection, FileReader("src/main/resources/db/schema.sql")) // tfl-eval-not: startup-migration
        }
    }
}
