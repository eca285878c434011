package org.parish.digest;

import org.junit.jupiter.api.Test;
import jakarta.mail.PasswordAuthentication;

class MailSenderTest {
    @Test
    void authenticatorCarriesUser() {
        var auth = new PasswordAuthentication("test@example.com", "test-password"); // tfl-eval-not: hardcoded-credential
    }
}
