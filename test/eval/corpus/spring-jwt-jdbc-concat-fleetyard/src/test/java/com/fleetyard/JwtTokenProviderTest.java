package com.fleetyard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fleetyard.security.JwtTokenProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "jwt.secret=test-only-secret-0123456789abcdef0123") // tfl-eval-not: hardcoded-credential
class JwtTokenProviderTest {

    @Autowired JwtTokenProvider provider;

    @Test
    void issuesTokens() {
        assertThat(provider.generate("dispatcher")).isNotBlank();
    }
}
