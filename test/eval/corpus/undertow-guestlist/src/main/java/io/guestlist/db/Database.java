package io.guestlist.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

public final class Database {
    private Database() {}

    /** The pool over the database the deploy names; nothing about the address is known here. */
    public static DataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl); // tfl-eval-not: hardcoded-backing-service
        config.setUsername(user);
        config.setPassword(password); // tfl-eval-not: hardcoded-credential
        config.setMaximumPoolSize(Integer.parseInt(System.getenv().getOrDefault("DB_POOL_SIZE", "10")));
        return new HikariDataSource(config);
    }
}
