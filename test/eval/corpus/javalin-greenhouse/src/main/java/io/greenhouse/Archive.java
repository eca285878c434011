package io.greenhouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Archive {
    static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://archive.greenhouse.internal:5432/archive", System.getenv("ARCHIVE_USER"), System.getenv("ARCHIVE_PASSWORD")); // tfl-eval: hardcoded-backing-service
    }
}
