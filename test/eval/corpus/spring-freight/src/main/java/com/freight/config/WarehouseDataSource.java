package com.freight.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class WarehouseDataSource {

    public static DataSource legacyWarehouse() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlserver://wms.freight.local:1433;databaseName=WMS"); // tfl-eval: hardcoded-backing-service
        config.setUsername("wms_reader");
        config.setPassword("Oxylx54!VSox"); // tfl-eval: hardcoded-credential
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    public static Connection reporting() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://reports.freight.local/reports", "reporter", "Cgsbb37*ggOV"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public static Connection fromEnvironment() throws SQLException {
        return DriverManager.getConnection(System.getenv("REPORTS_URL"), System.getenv("REPORTS_USER"), System.getenv("REPORTS_PASSWORD")); // tfl-eval-not: hardcoded-credential
    }
}
