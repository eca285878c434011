package com.example.readinglist;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShelfServletTest {
    @BeforeAll
    static void schema() {
        Flyway.configure().dataSource("jdbc:h2:mem:shelf", "sa", "").load().migrate(); // tfl-eval-not: startup-migration
    }

    @Test
    void servletBuilds() {
        assertNotNull(new ShelfServlet(null));
    }
}
