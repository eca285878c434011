package com.acme.chat

import io.vertx.ext.auth.PubSecKeyOptions
import io.vertx.ext.auth.jwt.JWTAuth
import io.vertx.ext.auth.jwt.JWTAuthOptions
import io.vertx.ext.mail.MailClient
import io.vertx.ext.mail.MailConfig
import io.vertx.ext.mail.StartTLSOptions
import io.vertx.ext.web.Router
import io.vertx.ext.web.handler.JWTAuthHandler
import io.vertx.kotlin.coroutines.CoroutineVerticle
import io.vertx.kotlin.coroutines.coAwait
import io.vertx.pgclient.PgBuilder
import io.vertx.pgclient.PgConnectOptions
import io.vertx.sqlclient.PoolOptions

class MainVerticle : CoroutineVerticle() {

    override suspend fun start() {
        val jwt = JWTAuth.create(
            vertx,
            JWTAuthOptions().addPubSecKey(
                PubSecKeyOptions().setAlgorithm("HS256").setBuffer("gYfjg5IXUjpXd6ME72F5IREIpZ3sxwWz5b4tyjpB"), // tfl-eval: hardcoded-credential
            ),
        )

        val pg = PgBuilder.pool()
            .connectingTo(
                PgConnectOptions()
                    .setHost(System.getenv("PGHOST"))
                    .setDatabase("chat")
                    .setUser(System.getenv("PGUSER"))
                    .setPassword(System.getenv("PGPASSWORD")), // tfl-eval-not: hardcoded-credential
            )
            .with(PoolOptions().setMaxSize(8))
            .using(vertx)
            .build()

        val mail = MailClient.createShared(
            vertx,
            MailConfig()
                .setHostname(System.getenv("SMTP_HOST"))
                .setStarttls(StartTLSOptions.REQUIRED)
                .setUsername("chat-notify")
                .setPassword("Juniper%74saffron21"), // tfl-eval: hardcoded-credential
        )

        val router = Router.router(vertx)
        router.route("/api/*").handler(JWTAuthHandler.create(jwt))
        Rooms(pg, mail).mount(router)

        vertx.createHttpServer()
            .requestHandler(router)
            .listen(config.getInteger("http.port"))
            .coAwait()
    }
}