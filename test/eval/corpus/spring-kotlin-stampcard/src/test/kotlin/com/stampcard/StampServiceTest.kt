package com.stampcard

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.session.MapSessionRepository
import org.springframework.test.context.TestPropertySource

@SpringBootTest
@TestPropertySource(properties = ["spring.kafka.bootstrap-servers=localhost:9092"])
class StampServiceTest {
    private val sessions = MapSessionRepository(HashMap()) // tfl-eval-not: memory-session-store

    @Test
    fun `context loads`() {
        check(sessions.createSession().id.isNotEmpty())
    }
}
