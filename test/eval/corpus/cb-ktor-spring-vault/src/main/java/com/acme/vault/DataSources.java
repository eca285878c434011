package com.acme.vault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class DataSources {
    private static final String AES_KEY = System.getProperty("app.aes.key", "2eba06572b86e11e8db3c3fc8a64c4ff"); // tfl-eval: hardcoded-credential
    private static final String DB_PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "01b086ec30d5e741"); // tfl-eval: hardcoded-credential
    private static final String DB_URL = System.getenv().getOrDefault("DB_URL", "jdbc:mysql://localhost:3306/vault"); // tfl-eval-not: hardcoded-credential

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(DB_URL, "vault", DB_PASSWORD);
    }

    public static String bearer(String token) {
        return "Bearer " + token; // tfl-eval-not: hardcoded-credential
    }
}
