package com.example.expenses;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void migrationsApplyCleanly() {
        Flyway.configure() // tfl-eval-not: startup-migration
                .dataSource("jdbc:postgresql://localhost:5432/expenses_test", "postgres", "postgres") // tfl-eval-not: hardcoded-backing-service, hardcoded-credential
                .load()
                .migrate();
    }
}
