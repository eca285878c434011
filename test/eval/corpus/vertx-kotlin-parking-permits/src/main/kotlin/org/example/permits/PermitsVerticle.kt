package org.example.permits

import io.vertx.ext.web.Router
import io.vertx.ext.web.handler.BodyHandler
import io.vertx.ext.web.handler.SessionHandler
import io.vertx.ext.web.sstore.LocalSessionStore
import io.vertx.kotlin.coroutines.CoroutineVerticle
import io.vertx.kotlin.coroutines.coAwait
import io.vertx.pgclient.PgBuilder
import io.vertx.pgclient.PgConnectOptions
import io.vertx.sqlclient.PoolOptions
import io.vertx.sqlclient.Tuple

private val ZONE_NAMES = mapOf("A" to "Old town", "B" to "Harbour", "C" to "University") // tfl-eval-not: memory-session-store

class PermitsVerticle : CoroutineVerticle() {
    override suspend fun start() {
        val connect = PgConnectOptions()
            .setHost("pg-permits.city.internal") // tfl-eval: hardcoded-backing-service
            .setPort(5432)
            .setDatabase("permits")
            .setUser(System.getenv("PG_USER"))
            .setPassword(System.getenv("PG_PASSWORD")) // tfl-eval-not: hardcoded-credential
        val pool = PgBuilder.pool().with(PoolOptions().setMaxSize(8)).connectingTo(connect).using(vertx).build()

        val router = Router.router(vertx)
        router.route().handler(BodyHandler.create())
        router.route().handler(SessionHandler.create(LocalSessionStore.create(vertx))) // tfl-eval: memory-session-store
        router.get("/zones/:zone/permits").handler { ctx ->
            val zone = ctx.pathParam("zone")
            pool.preparedQuery("SELECT plate FROM permits WHERE zone = $1").execute(Tuple.of(zone)).onSuccess { rows ->
                ctx.json(mapOf("zone" to ZONE_NAMES[zone], "plates" to rows.map { it.getString("plate") }))
            }
        }

        vertx.createHttpServer().requestHandler(router).listen(System.getenv("PORT")?.toInt() ?: 8080).coAwait()
    }
}
