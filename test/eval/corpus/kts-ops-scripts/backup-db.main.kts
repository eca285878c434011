#!/usr/bin/env kotlin

val pgPassword = "Harbor#64pebble36" // tfl-eval: hardcoded-credential
val target = "/backups/orders-${java.time.LocalDate.now()}.dump"

val process = ProcessBuilder("pg_dump", "--format=custom", "--file=$target", "orders")
    .apply { environment()["PGPASSWORD"] = pgPassword }
    .inheritIO()
    .start()
check(process.waitFor() == 0) { "pg_dump failed" }