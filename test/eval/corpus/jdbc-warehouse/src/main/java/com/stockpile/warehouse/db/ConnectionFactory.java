package com.stockpile.warehouse.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

public class ConnectionFactory {

    private static final String URL = "jdbc:mysql://" + System.getenv("DB_HOST") + ":3306/warehouse";
    private static final String USER = "warehouse_app";
    private static final String PASS = "Boff-436k2sqkn"; // tfl-eval: hardcoded-credential

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }

    public static Connection openReplica() throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", "replica_reader");
        info.put("password", "Fusg*918wo2wf"); // tfl-eval: hardcoded-credential
        info.put("useSSL", "true");
        return DriverManager.getConnection(System.getenv("REPLICA_URL"), info);
    }

    public static Connection openAudit() throws SQLException {
        String dbPassword = System.getenv("AUDIT_DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("AUDIT_URL"), "auditor", dbPassword); // tfl-eval-not: hardcoded-credential
    }
}
