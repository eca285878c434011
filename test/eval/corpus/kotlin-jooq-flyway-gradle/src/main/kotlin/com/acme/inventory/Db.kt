package com.acme.inventory

import org.jooq.impl.DSL
import java.sql.DriverManager

object Db {
    private const val URL = "jdbc:postgresql://inventory-db.internal:5432/inventory" // tfl-eval: hardcoded-backing-service

    fun readOnly() = DSL.using(DriverManager.getConnection(URL, "inventory_ro", "zq2Pa2@70zp91e5U8B")) // tfl-eval: hardcoded-credential

    fun fromEnv() = DSL.using(DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) // tfl-eval-not: hardcoded-credential
}
