package com.acme.claims;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class FraudApiTest {
    private static final String API_SECRET = "test-secret"; // tfl-eval-not: hardcoded-credential

    @Test
    void signsRequests() {
        assertNotNull(API_SECRET);
    }
}
