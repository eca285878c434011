package com.acme.metrics;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public class MetricsServer {
    private final int port;
    private HttpServer server;

    public MetricsServer(int port) {
        this.port = port;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0); // tfl-eval: no-graceful-shutdown
        server.createContext("/metrics", exchange -> {
            byte[] body = Registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static void main(String[] args) throws IOException {
        new MetricsServer(Integer.parseInt(System.getenv().getOrDefault("PORT", "9400"))).start();
    }
}
