package org.biblio.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class ConnectionFactory {

    private final String host = "db.biblio.internal"; // tfl-eval: hardcoded-backing-service
    private final int port = 3306;
    private final String database = "library";
    private final String user = "library_app";

    public Connection getConnection() throws SQLException {
        String url = "jdbc:mysql://" + host + ":" + port + "/" + database + "?useSSL=true";
        return DriverManager.getConnection(url, user, System.getenv("LIBRARY_DB_PASSWORD"));
    }
}
