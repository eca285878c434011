package io.acme.notifier

import com.rabbitmq.client.ConnectionFactory
import kotlin.test.Test
import kotlin.test.assertEquals

class RabbitTest {
    @Test
    fun factoryKeepsTheLogin() {
        val f = ConnectionFactory().apply { username = "guest"; password = "guest" }
        assertEquals("guest", f.username)
    }
}
