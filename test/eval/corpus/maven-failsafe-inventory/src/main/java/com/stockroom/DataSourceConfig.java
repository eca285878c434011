package com.stockroom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class DataSourceConfig {

  public static HikariDataSource create() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(System.getenv("JDBC_URL"));
    config.setUsername("stockroom");
    config.setPassword("St0ckr00m-Hikari!"); // tfl-eval: hardcoded-credential
    return new HikariDataSource(config);
  }
}
