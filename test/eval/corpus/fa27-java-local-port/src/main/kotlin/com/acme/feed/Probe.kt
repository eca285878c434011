package com.acme.feed

import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty

fun main() {
    val port = 8090
    embeddedServer(Netty, port = port) {}.start(wait = true) // tfl-eval: hardcoded-port
}
