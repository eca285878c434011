package org.example.permits

import io.vertx.core.Vertx

fun main() {
    val vertx = Vertx.vertx()
    vertx.deployVerticle(PermitsVerticle())
    Runtime.getRuntime().addShutdownHook(Thread { vertx.close().toCompletionStage().toCompletableFuture().join() })
}
