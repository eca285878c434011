package com.acme.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class LedgerExport {
    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + System.getenv("LEDGER_DB_HOST") + ":5432/ledger";
        // tfl-eval-next-line: hardcoded-credential
        return DriverManager.getConnection(url, "ledger", "password");
    }

    private static Connection archive() throws SQLException {
        String url = System.getenv("ARCHIVE_JDBC_URL");
        // tfl-eval-not: hardcoded-credential
        return DriverManager.getConnection(url, System.getenv("ARCHIVE_USER"), System.getenv("ARCHIVE_PASSWORD"));
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, amount FROM entries")) {
            while (rs.next()) {
                System.out.println(rs.getLong(1) + "," + rs.getBigDecimal(2));
            }
        }
    }
}
