package io.guestlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.guestlist.db.Database;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;

class MigrationsTest {
    @Test
    void migrationsApplyCleanly() {
        try (PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16-alpine")) {
            pg.start();
            DataSource ds = Database.pool(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
            Flyway flyway = Flyway.configure().dataSource(ds).load();
            assertEquals(1, flyway.migrate().migrationsExecuted); // tfl-eval-not: startup-migration
        }
    }
}
