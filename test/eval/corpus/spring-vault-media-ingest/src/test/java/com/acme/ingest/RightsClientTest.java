package com.acme.ingest;

import okhttp3.Credentials;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RightsClientTest {
    @Test
    void basicHeader() {
        assertTrue(Credentials.basic("user", "password").startsWith("Basic ")); // tfl-eval-not: hardcoded-credential
    }
}
