package com.acme.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class LedgerDataSource {
    private static final String PRIMARY = "172.20.8.14"; // tfl-eval: hardcoded-backing-service
    private static final String SCHEMA = "ledger";
    private static final String URL = String.format("jdbc:mysql://%s:3306/%s?useSSL=true", PRIMARY, SCHEMA);
    private static final String STATUS = String.format("https://%s/status", "status.acme-ledger.net"); // tfl-eval-not: hardcoded-backing-service

    private LedgerDataSource() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv("LEDGER_DB_USER"), System.getenv("LEDGER_DB_PASSWORD"));
    }
}
