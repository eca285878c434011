package io.relaykit.webhooks;

import org.junit.jupiter.api.Test;

class InboundControllerTest {
    static final class Hmac {
        static final String KEY = "test-hmac-key"; // tfl-eval-not: hardcoded-credential
    }

    @Test
    void rejectsUnsigned() {}
}
