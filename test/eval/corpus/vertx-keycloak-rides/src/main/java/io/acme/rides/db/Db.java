package io.acme.rides.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

public final class Db {
    private Db() {}

    public static Pool reporting(Vertx vertx) {
        PgConnectOptions options = new PgConnectOptions()
            .setHost("rides-replica.internal") // tfl-eval: hardcoded-backing-service
            .setPort(5432)
            .setDatabase("rides")
            .setUser("reporting")
            .setPassword("b+7NgcqeT3w#Y1cvVr"); // tfl-eval: hardcoded-credential
        return PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(options).using(vertx).build();
    }

    public static Pool primary(Vertx vertx, io.vertx.core.json.JsonObject config) {
        PgConnectOptions options = new PgConnectOptions()
            .setHost(config.getString("host"))
            .setUser(config.getString("user"))
            .setPassword(config.getString("password")); // tfl-eval-not: hardcoded-credential
        return PgBuilder.pool().connectingTo(options).using(vertx).build();
    }
}
