package io.parcelrun.courier

import com.typesafe.config.ConfigFactory
import kotlin.test.Test
import kotlin.test.assertEquals

class AppConfigTest {
    @Test
    fun `overrides win over the file`() {
        val config = ConfigFactory.parseString(
            """
            tracking.api-token = "test-token"
            tracking.retries = 1
            """,
        )
        assertEquals("test-token", config.getString("tracking.api-token"))
    }
}
