package com.inventory.routes

import com.inventory.dao.ItemService
import com.inventory.dao.NewItem
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Route.itemRoutes() {
    val service = ItemService()
    route("/items") {
        get { call.respond(service.all()) }
        post {
            val created = service.create(call.receive<NewItem>()) // tfl-eval-not: startup-migration
            call.respond(HttpStatusCode.Created, mapOf("id" to created))
        }
    }
}
