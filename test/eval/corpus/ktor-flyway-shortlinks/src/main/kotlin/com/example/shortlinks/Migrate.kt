package com.example.shortlinks

/** Release step: java -cp app.jar com.example.shortlinks.MigrateKt */
fun main() {
    Database.runMigrations(Database.dataSource()) // tfl-eval-not: startup-migration
}
