package org.example.ledger.db;

import com.typesafe.config.Config;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database fromConfig(Config db) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(db.getString("url"));
        hikari.setUsername(db.getString("user"));
        hikari.setPassword(db.getString("password"));
        hikari.setMaximumPoolSize(db.getInt("pool-size"));
        hikari.setPoolName("ledger");
        return new Database(new HikariDataSource(hikari));
    }

    public DSLContext dsl() {
        return DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
