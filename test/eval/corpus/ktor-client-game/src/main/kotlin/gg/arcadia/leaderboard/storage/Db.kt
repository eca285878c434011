package gg.arcadia.leaderboard.storage

import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database = Database.connect(
        "jdbc:mysql://scores-db:3306/leaderboard", // tfl-eval: hardcoded-backing-service
        "com.mysql.cj.jdbc.Driver",
        "leaderboard",
        "Fasp-0019yv8ksn", // tfl-eval: hardcoded-credential
    )

    fun connectFromEnv(): Database = Database.connect(
        url = System.getenv("DB_URL"),
        driver = "com.mysql.cj.jdbc.Driver",
        user = System.getenv("DB_USER"),
        password = System.getenv("DB_PASSWORD"), // tfl-eval-not: hardcoded-credential
    )
}
