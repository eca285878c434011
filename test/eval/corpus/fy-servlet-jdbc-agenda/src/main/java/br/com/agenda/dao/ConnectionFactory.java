package br.com.agenda.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class ConnectionFactory {

    private static final String URL = System.getenv("AGENDA_DB_URL");

    public Connection getConnection() {
        try {
            return DriverManager.getConnection(URL, "agenda", "Rodrigo"); // tfl-eval: hardcoded-credential
        } catch (SQLException e) {
            throw new RuntimeException(e);
        }
    }
}
