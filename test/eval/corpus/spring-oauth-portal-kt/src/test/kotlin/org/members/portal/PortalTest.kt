package org.members.portal

import org.springframework.boot.test.context.SpringBootTest
import org.springframework.test.context.TestPropertySource
import kotlin.test.Test

@SpringBootTest
@TestPropertySource(properties = ["newsletter.api-key=test-key"]) // tfl-eval-not: hardcoded-credential
class PortalTest {
    @Test
    fun contextLoads() {}
}
