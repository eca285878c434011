package io.dispatchly

import io.dispatchly.config.TwilioProperties
import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest(properties = ["dispatch.twilio.auth-token=test-token"])
class TwilioPropertiesTest {
    @Test
    fun defaults() {
        val props = TwilioProperties(authToken = "dummy-token")
        check(props.authToken == "dummy-token")
    }
}
