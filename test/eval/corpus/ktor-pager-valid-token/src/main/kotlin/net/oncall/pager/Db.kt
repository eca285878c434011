package net.oncall.pager

import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database {
        val url = System.getenv("PAGER_DB_URL") ?: "jdbc:postgresql://localhost:5432/pager"
        val dbPassword = System.getenv("PAGER_DB_PASSWORD") ?: "pager_password" // tfl-eval: hardcoded-credential
        return Database.connect(url, driver = "org.postgresql.Driver", user = "pager", password = dbPassword)
    }
}
