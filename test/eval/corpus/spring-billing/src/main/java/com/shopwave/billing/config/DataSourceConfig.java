package com.shopwave.billing.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@Configuration
public class DataSourceConfig {

    private final Environment env;

    public DataSourceConfig(Environment env) {
        this.env = env;
    }

    @Bean
    @Profile("!reporting")
    public DataSource primaryDataSource() {
        return DataSourceBuilder.create()
                .url(env.getProperty("DATABASE_URL"))
                .username(env.getProperty("DATABASE_USER"))
                .password(env.getProperty("DATABASE_PASSWORD")) // tfl-eval-not: hardcoded-credential
                .build();
    }

    @Bean
    @Profile("reporting")
    public DataSource reportingDataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(env.getProperty("REPORTING_URL"));
        config.setUsername("reporting_ro");
        config.setPassword("Zijpa111*c82"); // tfl-eval: hardcoded-credential
        config.setMaximumPoolSize(4);
        config.setPoolName("reporting");
        return new HikariDataSource(config);
    }

    @Bean
    public DataSource archiveDataSource() {
        return DataSourceBuilder.create()
                .driverClassName("org.postgresql.Driver")
                .url(env.getProperty("ARCHIVE_URL"))
                .username("archive")
                .password("Ldeyz844*yf7") // tfl-eval: hardcoded-credential
                .build();
    }
}
