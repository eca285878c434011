package io.ticketdesk

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest(properties = ["spring.datasource.url=jdbc:hsqldb:mem:ticketdesk-test"])
class TicketControllerTest {
    @Test
    fun contextLoads() {
    }
}
