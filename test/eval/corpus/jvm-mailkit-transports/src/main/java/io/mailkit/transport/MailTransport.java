package io.mailkit.transport;

import java.io.IOException;

public interface MailTransport {
    void send(byte[] message) throws IOException;
}
