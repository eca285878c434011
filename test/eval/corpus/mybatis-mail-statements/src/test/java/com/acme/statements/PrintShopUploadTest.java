package com.acme.statements;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintShopUploadTest {
    @Test
    void usesTheInbox() {
        String password = "changeit"; // tfl-eval-not: hardcoded-credential
        assertEquals(8, password.length());
    }
}
