package com.example.permits;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Database {
    private Database() {}

    public static Connection open() throws SQLException {
        if (System.getenv("JDBC_URL") == null) {
            return DriverManager.getConnection("jdbc:postgresql://localhost:5432/permits", "permits", System.getenv("DB_PASSWORD")); // tfl-eval-not: hardcoded-backing-service
        } else {
            return DriverManager.getConnection(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        }
    }

    public static Connection openArchive() throws SQLException {
        String url = System.getenv("ARCHIVE_JDBC_URL") != null
            ? System.getenv("ARCHIVE_JDBC_URL")
            : "jdbc:postgresql://archive-db.prod.internal:5432/archive"; // tfl-eval: hardcoded-backing-service
        return DriverManager.getConnection(url);
    }

    public static Connection openAudit() throws SQLException {
        if ("embedded".equals(System.getenv("AUDIT_MODE"))) {
            return DriverManager.getConnection("jdbc:postgresql://localhost:5432/audit"); // tfl-eval: hardcoded-backing-service
        }
        return DriverManager.getConnection(System.getenv("AUDIT_JDBC_URL"));
    }
}
