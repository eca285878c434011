package com.acme.status

import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress

class StatusEndpoint(private val port: Int) {
    private lateinit var server: HttpServer

    fun start() {
        server = HttpServer.create(InetSocketAddress(port), 0) // tfl-eval-not: no-graceful-shutdown
        server.createContext("/status") { exchange ->
            val body = "ok".toByteArray()
            exchange.sendResponseHeaders(200, body.size.toLong())
            exchange.responseBody.use { it.write(body) }
        }
        server.start()
        Runtime.getRuntime().addShutdownHook(Thread { server.stop(5) })
    }
}

fun main() {
    StatusEndpoint(System.getenv("PORT")?.toInt() ?: 8080).start()
}
