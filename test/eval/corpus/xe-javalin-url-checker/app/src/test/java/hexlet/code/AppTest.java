package hexlet.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppTest {
    @BeforeEach
    void setUp() throws Exception {
        var conn = DriverManager.getConnection("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        conn.createStatement().execute(Files.readString(Path.of("src/main/resources/schema.sql"))); // tfl-eval-not: startup-migration
    }

    @Test
    void rootPage() {
        assertThat(App.class).isNotNull();
    }
}
