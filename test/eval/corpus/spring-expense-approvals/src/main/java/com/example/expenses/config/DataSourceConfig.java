package com.example.expenses.config;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSourceConfig {

    @Bean
    public DataSource dataSource(@Value("${expenses.db-user}") String user,
                                 @Value("${expenses.db-password}") String password) {
        return DataSourceBuilder.create()
                .url("jdbc:postgresql://pg-expenses.finance.internal:5432/expenses") // tfl-eval: hardcoded-backing-service
                .username(user)
                .password(password) // tfl-eval-not: hardcoded-credential
                .build();
    }

    @Bean
    public ApplicationRunner migrateOnBoot(DataSource dataSource) {
        return args -> Flyway.configure() // tfl-eval: startup-migration
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
