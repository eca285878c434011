package com.acme.fleet

import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.server.sessions.*
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction

data class DriverSession(val driverId: String)

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080, module = Application::module).start(wait = true)
}

fun Application.module() {
    Database.connect(System.getenv("JDBC_DATABASE_URL"), driver = "org.postgresql.Driver")
    transaction {
        SchemaUtils.createMissingTablesAndColumns(Vehicles, Trips) // tfl-eval: startup-migration
    }
    install(Sessions) {
        cookie<DriverSession>("DRIVER_SESSION", SessionStorageMemory()) // tfl-eval: memory-session-store
    }
    routing {
        get("/health") { call.respondText("ok") }
        get("/vehicles") { call.respond(VehicleRepository.all()) }
    }
}
