package com.acme.settlement;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {"settlement.db.password=test-only-password"}) // tfl-eval-not: hardcoded-credential
class ClearingListenerTest {
    @Test
    void contextLoads() {}
}
