package org.example.permits;

import java.net.URI;
import org.example.permits.api.PermitResource;
import org.example.permits.db.Database;
import org.flywaydb.core.Flyway;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

public final class Main {
    public static void main(String[] args) throws Exception {
        Flyway.configure().dataSource(Database.dataSource()).load().migrate(); // tfl-eval: startup-migration

        ResourceConfig config = new ResourceConfig().register(new PermitResource(Database.dataSource()));
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://0.0.0.0:8080/"), config); // tfl-eval: hardcoded-port
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        server.start();
        Thread.currentThread().join();
    }
}
