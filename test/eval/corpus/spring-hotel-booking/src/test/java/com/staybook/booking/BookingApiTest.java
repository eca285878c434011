package com.staybook.booking;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {
        "staybook.jwt.secret=test-secret-test-secret-test-secret-1234", // tfl-eval-not: hardcoded-credential
        "spring.datasource.password=test" // tfl-eval-not: hardcoded-credential
})
class BookingApiTest {

    private static final String ADMIN_PASSWORD = "Admin#12345"; // tfl-eval-not: hardcoded-credential

    @Test
    void logsIn() {
        login("admin", ADMIN_PASSWORD);
    }

    private void login(String user, String password) {}
}
