package gov.city.permits.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The pre-2019 permits still live in the old Oracle system, read-only. */
public final class LegacyArchive {

    private static final String URL = "jdbc:oracle:thin:@legacy-permits.city.internal:1521/PERMITS"; // tfl-eval: hardcoded-backing-service

    private LegacyArchive() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv("LEGACY_DB_USER"), System.getenv("LEGACY_DB_PASSWORD"));
    }
}
