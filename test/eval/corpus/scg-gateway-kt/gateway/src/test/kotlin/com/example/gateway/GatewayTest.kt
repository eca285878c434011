package com.example.gateway

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest(properties = ["spring.data.redis.host=localhost", "eureka.client.enabled=false", "partner.key=test-key"])
class GatewayTest {
    @Test
    fun contextLoads() {}
}
