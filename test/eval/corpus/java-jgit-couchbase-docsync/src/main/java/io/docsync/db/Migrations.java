package io.docsync.db;

import org.flywaydb.core.Flyway;

public final class Migrations {
    private Migrations() {}

    public static void migrate() {
        Flyway.configure()
            .dataSource("jdbc:postgresql://pg.docsync.internal:5432/docsync", "docsync_owner", "5t4GQKzMhj7mu9a9ZvdD") // tfl-eval: hardcoded-credential, hardcoded-backing-service
            .load()
            .migrate();
    }
}
