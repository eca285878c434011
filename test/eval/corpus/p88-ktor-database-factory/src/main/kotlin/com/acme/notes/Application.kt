package com.acme.notes

import com.acme.notes.dao.DatabaseFactory
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.module() {
    DatabaseFactory.init()
    routing {
        get("/notes") { call.respond(emptyList<String>()) }
    }
}
