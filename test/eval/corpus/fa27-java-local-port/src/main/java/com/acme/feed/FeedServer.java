package com.acme.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

public final class FeedServer {
    public static void main(String[] args) throws IOException {
        int port = 8088;
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0); // tfl-eval: no-graceful-shutdown, hardcoded-port
        server.createContext("/feed", exchange -> exchange.sendResponseHeaders(204, -1));
        server.start();
    }

    static void admin() throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("ADMIN_PORT", "8089"));
        HttpServer.create(new InetSocketAddress(port), 0).start(); // tfl-eval: no-graceful-shutdown
    }
}
