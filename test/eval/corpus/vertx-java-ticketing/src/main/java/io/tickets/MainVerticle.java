package io.tickets;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.redis.client.RedisOptions;

public class MainVerticle extends AbstractVerticle {

  @Override
  public void start(Promise<Void> startPromise) {
    PgConnectOptions pg = new PgConnectOptions()
      .setPort(5432)
      .setHost(System.getenv("PG_HOST"))
      .setDatabase("tickets")
      .setUser("tickets")
      .setPassword("lW+%20EN#NxjkPbbWm"); // tfl-eval: hardcoded-credential

    RedisOptions redis = new RedisOptions()
      .setConnectionString(System.getenv("REDIS_URL"))
      .setPassword("n6_81_E!%rfvkuBk2LsJ"); // tfl-eval: hardcoded-credential

    MailConfig mail = new MailConfig()
      .setHostname(System.getenv("SMTP_HOST"))
      .setPort(587)
      .setStarttls(StartTLSOptions.REQUIRED)
      .setUsername("tickets@events.example")
      .setPassword("qy7LpeqqKUoahur4"); // tfl-eval: hardcoded-credential
    MailClient.createShared(vertx, mail);

    JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions()
        .setAlgorithm("HS256")
        .setBuffer("DSN5YEcE3SzINqGG4jRiGgMVTfwRnze9cP80KC1pOuxz"))); // tfl-eval: hardcoded-credential

    vertx.createHttpServer().requestHandler(req -> req.response().end("ok")).listen(Integer.parseInt(System.getenv("PORT")));
    startPromise.complete();
  }
}
