package game

import java.sql.Connection
import java.sql.DriverManager

open class ScoreStore(hostDB: String, portDB: Int, private val userDB: String, private val passwordDB: String) {
    protected val connection: Connection = DriverManager.getConnection("jdbc:mysql://$hostDB:$portDB/scores", userDB, passwordDB)

    fun top(limit: Int): List<String> = connection.prepareStatement("SELECT name FROM scores LIMIT ?").use { st ->
        st.setInt(1, limit)
        st.executeQuery().use { rs -> generateSequence { if (rs.next()) rs.getString(1) else null }.toList() }
    }
}

// tfl-eval-next-line: hardcoded-backing-service
class ArcadeScoreStore : ScoreStore("203.0.113.77", 3306, "arcade", System.getenv("SCORES_DB_PASSWORD") ?: "")
