package com.acme.notes.dao

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.transactions.transaction

object Notes : Table() {
    val id = integer("id").autoIncrement()
    val body = varchar("body", 1024)
    override val primaryKey = PrimaryKey(id)
}

object DatabaseFactory {
    fun init() {
        val config = HikariConfig().apply {
            jdbcUrl = System.getenv("JDBC_DATABASE_URL")
            maximumPoolSize = 5
        }
        val database = Database.connect(HikariDataSource(config))
        transaction(database) {
            SchemaUtils.create(Notes) // tfl-eval: startup-migration
        }
    }
}
