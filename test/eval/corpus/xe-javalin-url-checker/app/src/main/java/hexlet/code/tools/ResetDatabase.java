package hexlet.code.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** Run by hand (`./gradlew resetDb`) to rebuild a local database from scratch. */
public class ResetDatabase {
    public static void main(String[] args) throws Exception {
        var sql = Files.readString(Path.of("src/main/resources/schema.sql"));
        try (var conn = DriverManager.getConnection(System.getenv("JDBC_DATABASE_URL"));
             var st = conn.createStatement()) {
            st.execute(sql); // tfl-eval-not: startup-migration  (a one-off tool run by hand, not the server's start)
        }
    }
}
