package com.acme.inventory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Nightly stock report, run by cron. */
public final class ReportJob {
    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getenv("DATABASE_URL"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE items SET reported_at = now() WHERE quantity < 5"); // tfl-eval-not: startup-migration
        }
    }
}
