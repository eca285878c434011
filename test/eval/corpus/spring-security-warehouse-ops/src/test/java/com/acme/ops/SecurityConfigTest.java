package com.acme.ops;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class SecurityConfigTest {
    @Test
    @WithMockUser(username = "ops", password = "pass") // tfl-eval-not: hardcoded-credential
    void opsCanReadStats() {}
}
