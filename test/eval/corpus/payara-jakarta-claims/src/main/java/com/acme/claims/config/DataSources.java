package com.acme.claims.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

// The archive database is defined in code so the WAR is self-contained.
@DataSourceDefinition(
    name = "java:app/jdbc/archive",
    className = "org.postgresql.ds.PGSimpleDataSource",
    serverName = "archive-db.internal",
    databaseName = "claims_archive",
    user = "archive_reader",
    password = "E*9!N1xAA7LnldiHWQ") // tfl-eval: hardcoded-credential
@Singleton
@Startup
public class DataSources {
}
