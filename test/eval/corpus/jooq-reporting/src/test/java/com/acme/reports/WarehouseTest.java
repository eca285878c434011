package com.acme.reports;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;

class WarehouseTest {

    static PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16").withUsername("reporter").withPassword("reporter"); // tfl-eval-not: hardcoded-credential

    @Test
    void connects() {
        Warehouse.replica(pg.getJdbcUrl());
    }
}