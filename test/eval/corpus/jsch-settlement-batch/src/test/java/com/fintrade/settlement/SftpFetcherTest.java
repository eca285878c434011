package com.fintrade.settlement;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import org.junit.jupiter.api.Test;

class SftpFetcherTest {
    @Test
    void wrongPasswordFails() {
        assertThrows(JSchException.class, () -> {
            var session = new JSch().getSession("nobody", "localhost", 2222);
            session.setPassword("not-the-password"); // tfl-eval-not: hardcoded-credential
            session.connect(1000);
        });
    }
}
