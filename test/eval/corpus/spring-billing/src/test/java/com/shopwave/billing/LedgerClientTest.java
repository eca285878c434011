package com.shopwave.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class LedgerClientTest {

    private static final String TEST_PASSWORD = "hunter2-test"; // tfl-eval-not: hardcoded-credential

    @Test
    void basicAuthHeaderIsEncoded() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("tester", TEST_PASSWORD);
        assertThat(headers.getFirst(HttpHeaders.AUTHORIZATION)).startsWith("Basic ");
    }
}
