package org.example.ledger;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.healthcheck.HealthCheckService;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.example.ledger.api.EntriesService;
import org.example.ledger.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        Config config = ConfigFactory.load().getConfig("ledger");
        Database database = Database.fromConfig(config.getConfig("db"));

        Server server = Server.builder()
                .http(config.getInt("http.port"))
                .gracefulShutdownTimeout(
                        config.getDuration("http.graceful-shutdown-quiet-period"),
                        config.getDuration("http.graceful-shutdown-timeout"))
                .annotatedService("/v1/entries", new EntriesService(database.dsl()))
                .service("/internal/healthcheck", HealthCheckService.of())
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping server");
            server.stop().join();
            database.close();
        }));

        server.start().join();
        log.info("ledger listening on {}", server.activeLocalPort());
    }
}
