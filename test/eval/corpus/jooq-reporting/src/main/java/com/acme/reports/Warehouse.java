package com.acme.reports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

public final class Warehouse {

    private Warehouse() {}

    public static DSLContext pooled() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("WAREHOUSE_JDBC_URL"));
        config.setUsername("reporter");
        config.setPassword(System.getenv("WAREHOUSE_PASSWORD")); // tfl-eval-not: hardcoded-credential
        config.addDataSourceProperty("sslmode", "require");
        config.addDataSourceProperty("password", "Cobalt#83harbor29"); // tfl-eval: hardcoded-credential
        return DSL.using(new HikariDataSource(config), SQLDialect.POSTGRES);
    }

    /** Ad-hoc exports connect straight to the read replica. */
    public static DSLContext replica(String replicaUrl) {
        return DSL.using(replicaUrl, "reporter_ro", "Cobalt%32saffron11"); // tfl-eval: hardcoded-credential
    }
}