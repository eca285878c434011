package com.rental

import java.sql.Connection
import java.sql.DriverManager

object Database {
    private val host = System.getenv("DB_HOST") ?: "localhost"
    private const val NAME = "rental"

    fun connect(): Connection =
        DriverManager.getConnection("jdbc:postgresql://$host:5432/$NAME", "rental", System.getenv("DB_PASSWORD"))
}
