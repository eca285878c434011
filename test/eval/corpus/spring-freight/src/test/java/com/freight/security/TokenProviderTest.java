package com.freight.security;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {"freight.jwt.secret=test-secret-for-unit-tests-only-0123456789"}) // tfl-eval-not: hardcoded-credential
class TokenProviderTest {

    private static final String TEST_PASSWORD = "s3cr3tPass!"; // tfl-eval-not: hardcoded-credential

    @Test
    void issuesTokens() {
        assertThat(new TokenProvider().issue("driver-17")).isNotBlank();
    }
}
