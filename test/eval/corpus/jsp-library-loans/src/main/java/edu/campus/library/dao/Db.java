package edu.campus.library.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = System.getenv().getOrDefault("LIBRARY_DB_URL", "jdbc:mysql://localhost:3306/library");
    private static final String USER = "library"; // tfl-eval-not: hardcoded-credential
    private static final String DB_PASSWORD = "library_password"; // tfl-eval: hardcoded-credential
    /** The environment variable the password is read from in production. */
    private static final String PASSWORD_ENV = "LIBRARY_DB_PASSWORD"; // tfl-eval-not: hardcoded-credential

    private Db() {}

    public static Connection open() throws SQLException {
        String password = System.getenv(PASSWORD_ENV);
        return DriverManager.getConnection(URL, USER, password != null ? password : DB_PASSWORD);
    }

    public static Connection openArchive() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://archive-db:3306/library_archive", "archive", "Ledger-Quartz-41"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }
}
