package org.notes.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

public final class NoteStore {
    private final String url = System.getenv("JDBC_URL");

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    public void save(String owner, String body) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO notes(owner, body) VALUES (?, ?)")) {
            ps.setString(1, owner);
            ps.setString(2, body);
            ps.executeUpdate();
        }
    }

    public void createTables() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, owner text NOT NULL, body text)");
        }
    }
}
