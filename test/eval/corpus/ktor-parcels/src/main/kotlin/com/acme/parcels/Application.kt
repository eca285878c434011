package com.acme.parcels

import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import org.jetbrains.exposed.sql.Database

fun main() {
    Database.connect(
        url = "jdbc:postgresql://parcels-db.prod.internal:5432/parcels", // tfl-eval: hardcoded-backing-service
        driver = "org.postgresql.Driver",
        user = System.getenv("DB_USER"),
        password = System.getenv("DB_PASSWORD"),
    )
    embeddedServer(Netty, port = 8090, host = "0.0.0.0") { // tfl-eval: hardcoded-port
        routing {
            get("/parcels/{id}") { call.respondText("in transit") }
        }
    }.start(wait = true)
}
