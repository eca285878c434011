package com.acme.loans.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.loans.bureau.BureauClient;
import org.junit.jupiter.api.Test;

class CreditCheckHandlerTest {

    @Test
    void scoresAgainstTheStub() {
        BureauClient client = new BureauClient("http://localhost:8089", "test", "test-password"); // tfl-eval-not: hardcoded-credential
        assertThat(client).isNotNull();
    }
}