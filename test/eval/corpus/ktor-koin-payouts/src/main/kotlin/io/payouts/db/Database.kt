package io.payouts.db

import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database = Database.connect(
        url = System.getenv("JDBC_URL"),
        driver = "org.postgresql.Driver",
        user = "payouts_app",
        password = "w0-!XT+N2IR4Lb-nXJ", // tfl-eval: hardcoded-credential
    )
}

class PayoutRepository(private val db: Database)
