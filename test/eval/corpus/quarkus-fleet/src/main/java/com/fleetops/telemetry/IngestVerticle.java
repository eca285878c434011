package com.fleetops.telemetry;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.rabbitmq.RabbitMQOptions;

public class IngestVerticle extends AbstractVerticle {

    static final String TELEMETRY_TOKEN_HEADER = "X-Telemetry-Token"; // tfl-eval-not: hardcoded-credential

    @Override
    public void start() {
        PgConnectOptions pg = new PgConnectOptions()
                .setHost(System.getenv("PG_HOST"))
                .setDatabase("telemetry")
                .setUser("ingest")
                .setPassword(System.getenv("PG_PASSWORD")); // tfl-eval-not: hardcoded-credential
        RabbitMQOptions rabbit = new RabbitMQOptions()
                .setHost(System.getenv("RABBIT_HOST"))
                .setUser("telemetry")
                .setPassword("Msfnzmu#V01M"); // tfl-eval: hardcoded-credential
        JsonObject mqtt = new JsonObject()
                .put("host", config().getString("mqtt.host"))
                .put("username", "tracker")
                .put("password", "G9tu4wv_I3Ty"); // tfl-eval: hardcoded-credential
        vertx.eventBus().consumer("telemetry.in", message -> {
            String token = message.headers().get(TELEMETRY_TOKEN_HEADER);
            if (token == null || token.isBlank()) {
                message.fail(401, "missing token");
            }
        });
    }
}
