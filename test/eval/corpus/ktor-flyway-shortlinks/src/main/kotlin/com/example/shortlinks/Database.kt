package com.example.shortlinks

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import javax.sql.DataSource
import org.flywaydb.core.Flyway

object Database {
    private val host = System.getenv("DB_HOST") ?: "shortlinks-db.prod.eu-central-1.internal" // tfl-eval: hardcoded-backing-service

    fun dataSource(): HikariDataSource = HikariDataSource(HikariConfig().apply {
        jdbcUrl = "jdbc:postgresql://$host:5432/shortlinks"
        username = System.getenv("DB_USER")
        password = System.getenv("DB_PASSWORD")
    })

    fun runMigrations(ds: DataSource) {
        Flyway.configure().dataSource(ds).load().migrate()
    }
}
