package health.clinicly.db;

import org.jdbi.v3.core.Jdbi;

public final class Database {

    private Database() {}

    public static Jdbi connect() {
        String url = System.getenv().getOrDefault("JDBC_URL", "jdbc:postgresql://clinic-db:5432/clinic"); // tfl-eval-not: hardcoded-backing-service (a one-label service name in an env default is information since round 25, one policy with Spring)
        return Jdbi.create(url, "clinic_app", "Gepp%673algmqa6"); // tfl-eval: hardcoded-credential
    }

    public static Jdbi connectFromEnv() {
        return Jdbi.create(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD")); // tfl-eval-not: hardcoded-credential
    }
}
