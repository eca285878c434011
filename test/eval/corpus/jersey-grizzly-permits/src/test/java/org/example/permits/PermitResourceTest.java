package org.example.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

class PermitResourceTest {
    private static final String TEST_API_KEY = "test-key-123";

    @Test
    void startsOnAFixedTestPort() {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:9998/"), new ResourceConfig());
        assertEquals("test-key-123", TEST_API_KEY);
        server.shutdownNow();
    }
}
