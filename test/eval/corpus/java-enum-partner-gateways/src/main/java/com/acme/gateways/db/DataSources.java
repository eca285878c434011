package com.acme.gateways.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSources {

    @Value("${ledger.db.password:^Kn9382Zez#xDWf2}") // tfl-eval: hardcoded-credential
    private String ledgerPassword;

    @Value("${ledger.db.user:ledger}")
    private String ledgerUser;

    @Value("${audit.db.password:}") // tfl-eval-not: hardcoded-credential
    private String auditPassword;

    @Bean
    public DataSource ledger() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://ledger-db:5432/ledger"); // tfl-eval: hardcoded-backing-service
        cfg.setUsername(ledgerUser);
        cfg.setPassword(ledgerPassword);
        return new HikariDataSource(cfg);
    }

    @Bean
    public DataSource reporting() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:sqlserver://mssql-rpt:1433;databaseName=reporting"); // tfl-eval: hardcoded-backing-service
        cfg.setUsername("rpt_reader");
        cfg.setPassword("dhOg4_^kJipQuU"); // tfl-eval: hardcoded-credential
        return new HikariDataSource(cfg);
    }

    public static Connection legacy() throws SQLException {
        return DriverManager.getConnection("jdbc:oracle:thin:@ora-legacy:1521/ORCL", "GW_APP", "WbXifYiPseTe"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }
}
