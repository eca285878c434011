package org.meetup.signup

import io.javalin.Javalin
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.insert
import org.jetbrains.exposed.sql.transactions.transaction
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("signup")

fun main() {
    Database.connect(System.getenv("JDBC_URL"), user = System.getenv("DB_USER"), password = System.getenv("DB_PASSWORD"))
    transaction {
        SchemaUtils.create(Attendees) // tfl-eval: startup-migration
    }

    val app = Javalin.create { config ->
        config.jetty.modifyServletContextHandler { it.sessionHandler = fileSessionHandler() }
    }

    app.post("/events/{id}/hold/{seat}") { ctx ->
        val member = ctx.sessionAttribute<String>("member") ?: return@post ctx.status(401).let { }
        SeatHolds.hold(member, ctx.pathParam("seat").toInt())
        ctx.status(202)
    }

    app.post("/events/{id}/signup") { ctx ->
        val member = ctx.sessionAttribute<String>("member") ?: return@post ctx.status(401).let { }
        SeatHolds.release(member)
        transaction {
            Attendees.insert {
                it[eventId] = ctx.pathParam("id").toInt()
                it[email] = member
            }
        }
        log.info("signed up for event {}", ctx.pathParam("id"))
        ctx.status(201)
    }

    Runtime.getRuntime().addShutdownHook(Thread { app.stop() })
    app.start(System.getenv("PORT")?.toInt() ?: 7070)
}
