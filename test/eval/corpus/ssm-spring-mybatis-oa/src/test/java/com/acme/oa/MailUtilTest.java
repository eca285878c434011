package com.acme.oa;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import javax.mail.PasswordAuthentication;

class MailUtilTest {
    @Test
    void buildsAuth() {
        PasswordAuthentication auth = new PasswordAuthentication("tester", "test-pass");
        assertNotNull(auth.getPassword());
    }
}
