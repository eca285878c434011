package com.acme.rentals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A bare Prometheus endpoint, started beside the Spring context by the ops agent. */
public final class MetricsEndpoint {
    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(9404), 0); // tfl-eval: hardcoded-port, no-graceful-shutdown
        server.createContext("/metrics", exchange -> {
            byte[] body = "rentals_up 1\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
