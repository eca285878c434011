package com.tillworks.kiosk.config;

import java.sql.Connection;
import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SchemaConfig {

    // Spring's own Liquibase run is off (see application.properties); we run the changelog here
    // so the kiosk tables are tagged with the store's id first.
    @Bean
    ApplicationRunner applyChangelog(DataSource dataSource) {
        return args -> {
            try (Connection connection = dataSource.getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase("db/changelog/master.xml", new ClassLoaderResourceAccessor(), database);
                liquibase.update("kiosk"); // tfl-eval: startup-migration
            }
        };
    }
}
