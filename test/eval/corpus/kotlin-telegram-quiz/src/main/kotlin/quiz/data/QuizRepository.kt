package quiz.data

import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.transactions.transaction
import okhttp3.OkHttpClient
import okhttp3.Request

class QuizRepository private constructor(private val db: Database) {

    private val http = OkHttpClient()

    fun randomQuestion(): Question = transaction(db) { Questions.random() }

    fun resetScores() = transaction(db) { Scores.deleteAll() }

    fun fetchTrivia(): String {
        val request = Request.Builder()
            .url("https://quizapi.io/api/v1/questions?limit=10")
            .header("X-Api-Key", "Zr8bqT2mVx6LcN1pHs4KdWy9FgJ3eA7uQo0iBtRk") // tfl-eval: hardcoded-credential
            .build()
        return http.newCall(request).execute().use { it.body!!.string() }
    }

    companion object {
        fun connect(): QuizRepository = QuizRepository(
            Database.connect(
                url = "jdbc:postgresql://db.quiz.internal:5432/quiz", // tfl-eval: hardcoded-backing-service
                driver = "org.postgresql.Driver",
                user = "quizbot",
                password = "pubQuiz!night42", // tfl-eval: hardcoded-credential
            )
        )
    }
}
