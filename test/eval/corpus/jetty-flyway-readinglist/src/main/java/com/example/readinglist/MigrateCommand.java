package com.example.readinglist;

import org.flywaydb.core.Flyway;

/** Run by the deploy job (java -cp app.jar com.example.readinglist.MigrateCommand) before new pods start. */
public final class MigrateCommand {
    private MigrateCommand() {}

    public static void main(String[] args) {
        Flyway.configure()
            .dataSource(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))
            .load()
            .migrate(); // tfl-eval-not: startup-migration
    }
}
