package com.acme.auth;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenEndpointTest {
    @Test
    void authenticates() {
        UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken("actuator", "test-password");
        assertEquals("actuator", token.getName());
    }
}
