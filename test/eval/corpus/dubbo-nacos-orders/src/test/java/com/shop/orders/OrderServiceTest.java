package com.shop.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:orders",
        "spring.datasource.password=test1234" // tfl-eval-not: hardcoded-credential
})
class OrderServiceTest {

    private static final String TEST_USER_PASSWORD = "Passw0rd!"; // tfl-eval-not: hardcoded-credential

    @Test
    void createsOrder() {
        assertEquals(9, TEST_USER_PASSWORD.length());
    }
}
