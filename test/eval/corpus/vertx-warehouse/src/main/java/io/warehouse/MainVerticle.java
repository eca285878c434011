package io.warehouse;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.redis.client.RedisOptions;

public class MainVerticle extends AbstractVerticle {

    static final String LABEL_PRINTER_PASSWORD = "Okzcn73%G5S4"; // tfl-eval: hardcoded-credential
    static final String LABEL_PRINTER_PASSWORD_HINT = "Enter the printer password"; // tfl-eval-not: hardcoded-credential

    @Override
    public void start() {
        JWTAuth auth = JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions()
                        .setAlgorithm("HS256")
                        .setBuffer("H2ey44j8OHVuwpN3NFdOmB1TIJ5k4QiH"))); // tfl-eval: hardcoded-credential

        PgConnectOptions pg = new PgConnectOptions()
                .setHost("pg.warehouse.internal") // tfl-eval: hardcoded-backing-service
                .setDatabase("stock")
                .setUser("stock")
                .setPassword("Nafzp20_6dJs"); // tfl-eval: hardcoded-credential

        RedisOptions redis = new RedisOptions()
                .setConnectionString("redis://:Yg9HXZUN6s26hMjW8zfTY4c5@redis.warehouse.internal:6379/0"); // tfl-eval: hardcoded-credential, hardcoded-backing-service

        PgConnectOptions fromEnv = new PgConnectOptions()
                .setPassword(config().getString("pg.password")); // tfl-eval-not: hardcoded-credential
    }
}
