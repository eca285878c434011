package org.example.admin

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.test.context.TestPropertySource

@SpringBootTest
@TestPropertySource(properties = ["fx.api-key=test-api-key-123", "spring.datasource.password=sa"])
class FxClientTest {
    @Test
    fun contextLoads() {
    }
}
