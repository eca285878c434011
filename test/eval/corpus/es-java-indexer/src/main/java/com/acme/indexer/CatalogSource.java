package com.acme.indexer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

final class CatalogSource {

    static Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "indexer");
        props.setProperty("password", "Cobalt#48falcon94"); // tfl-eval: hardcoded-credential
        props.setProperty("ssl", "true");
        return DriverManager.getConnection(System.getenv("CATALOG_JDBC_URL"), props);
    }
}