package com.auction.db;

import org.jdbi.v3.core.Jdbi;
import com.zaxxer.hikari.HikariDataSource;

public class Archive {

    public static Jdbi open() {
        return Jdbi.create("jdbc:postgresql://archive.auction.internal/archive", "archive_ro", "Ydhbi08*iMOY"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static HikariDataSource reporting() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("REPORTING_JDBC_URL"));
        ds.setUsername("reporting");
        ds.setPassword(System.getenv("REPORTING_PASSWORD")); // tfl-eval-not: hardcoded-credential
        return ds;
    }
}
