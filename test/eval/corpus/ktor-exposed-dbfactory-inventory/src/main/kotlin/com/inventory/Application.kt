package com.inventory

import com.inventory.dao.DatabaseFactory
import com.inventory.routes.itemRoutes
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.routing.*

fun main(args: Array<String>): Unit = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    install(ContentNegotiation) { json() }
    DatabaseFactory.init()
    routing {
        itemRoutes()
    }
}
