package io.bookclub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sql2o.Sql2o;

class AppTest {
    private final Sql2o sql2o = new Sql2o("jdbc:h2:mem:test", "sa", "test-password"); // tfl-eval-not: hardcoded-credential

    @Test
    void membersCanLogIn() {
        BookRepository books = new BookRepository(sql2o);
        books.addMember("ada@example.com", "correct horse battery"); // tfl-eval-not: hardcoded-credential
        assertTrue(books.checkMember("ada@example.com", "correct horse battery"));
    }
}
