package io.stockly;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;

class ClientsTest {

    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16")
            .withUsername("test")
            .withPassword("test-pass-123"); // tfl-eval-not: hardcoded-credential

    @Test
    void startsDatabase() {
        POSTGRES.start();
    }
}
