package com.acme.inventory.db;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

public class Database {

    private final Jdbi jdbi;

    public Database(String url, String user, String password) {
        this.jdbi = Jdbi.create(url, user, password).installPlugin(new SqlObjectPlugin());
    }

    /** The reporting replica is read-only; its login is shared with the BI team. */
    public static Database reportingReplica() {
        return new Database(System.getenv("REPLICA_JDBC_URL"), "bi_reader", "Copper#73juniper21"); // tfl-eval: hardcoded-credential
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}