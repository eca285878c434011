package com.example.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = {"crm.security.remember-me-key=test-remember-me-key", "spring.datasource.url=jdbc:h2:mem:crm"}) // tfl-eval-not: hardcoded-credential
class LoginViewTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "user", password = "pass", roles = "USER") // tfl-eval-not: hardcoded-credential
    void encodesAndMatchesAPassword() {
        String hash = encoder.encode("s3cret-for-the-test"); // tfl-eval-not: hardcoded-credential
        assertThat(encoder.matches("s3cret-for-the-test", hash)).isTrue();
    }
}
