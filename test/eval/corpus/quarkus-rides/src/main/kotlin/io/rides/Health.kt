package io.rides

import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress

fun startHealthEndpoint() {
    val port = System.getenv("HEALTH_PORT")?.toInt() ?: 8081
    val server = HttpServer.create(InetSocketAddress(port), 0) // tfl-eval-not: hardcoded-port
    server.createContext("/health") { it.sendResponseHeaders(204, -1) }
    server.start()
    Runtime.getRuntime().addShutdownHook(Thread { server.stop(2) })
}
