package app.newsly

import kotlinx.coroutines.test.runTest
import okhttp3.mockwebserver.MockWebServer
import org.junit.Test

class NewsRepositoryTest {
    private val server = MockWebServer()

    @Test
    fun sendsTheApiKey() = runTest {
        val repository = NewsRepository(server.url("/").toString(), apiKey = "test-api-key") // tfl-eval-not: hardcoded-credential
        repository.topHeadlines("de")
        check(server.takeRequest().getHeader("X-Api-Key") == "test-api-key")
    }
}
