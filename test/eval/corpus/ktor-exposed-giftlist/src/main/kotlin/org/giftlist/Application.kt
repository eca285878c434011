package org.giftlist

import io.ktor.server.application.*
import io.ktor.server.sessions.*
import java.io.File
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction

fun Application.module() {
    Database.connect(System.getenv("JDBC_DATABASE_URL"), driver = "org.postgresql.Driver")
    transaction {
        SchemaUtils.createMissingTablesAndColumns(Gifts, Lists) // tfl-eval: startup-migration
    }

    install(Sessions) {
        cookie<WishlistSession>("wishlist", directorySessionStorage(File("build/.sessions"))) // tfl-eval: memory-session-store
        cookie<ThemeSession>("theme") // tfl-eval-not: memory-session-store
    }
    giftRoutes()
}

data class WishlistSession(val listId: Int, val owner: String)
data class ThemeSession(val dark: Boolean)
