package io.sensorgrid.telemetry;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.sqlclient.PoolOptions;

public class MainVerticle extends AbstractVerticle {

    private static final String DEVICE_TOKEN_HEADER = "X-Device-Token"; // tfl-eval-not: hardcoded-credential

    @Override
    public void start(Promise<Void> startPromise) {
        PgConnectOptions pg = new PgConnectOptions()
                .setHost(config().getString("pg.host", "localhost"))
                .setPort(5432)
                .setDatabase("telemetry")
                .setUser("telemetry")
                .setPassword("Mokj-231noys57"); // tfl-eval: hardcoded-credential
        var pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8)).connectingTo(pg).using(vertx).build();

        Redis redis = Redis.createClient(vertx, new RedisOptions()
                .setConnectionString("redis://:17AeCIEPMvJ2fAODZZBRywO2@cache:6379/0")); // tfl-eval: hardcoded-credential, hardcoded-backing-service

        JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions()
                        .setAlgorithm("HS256")
                        .setBuffer("iSvu6MKtMsBOBDWlvhGucYQOlCJMZzqyNjArL3vN"))); // tfl-eval: hardcoded-credential

        MqttClientOptions mqttOptions = new MqttClientOptions()
                .setUsername("gateway")
                .setPassword(config().getString("mqtt.password")) // tfl-eval-not: hardcoded-credential
                .setClientId("telemetry-ingest");
        MqttClient mqtt = MqttClient.create(vertx, mqttOptions);
        mqtt.connect(1883, config().getString("mqtt.host"), ar -> startPromise.complete());
    }
}
