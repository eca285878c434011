package io.guestlist;

import io.guestlist.db.Database;
import io.guestlist.web.Routes;
import io.undertow.Undertow;
import io.undertow.server.session.InMemorySessionManager;
import io.undertow.server.session.SessionAttachmentHandler;
import io.undertow.server.session.SessionCookieConfig;
import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

public final class App {
    private static final Logger LOG = Logger.getLogger("guestlist");

    public static void main(String[] args) throws IOException {
        FileHandler logFile = new FileHandler("logs/guestlist-%g.log", 5_000_000, 3, true); // tfl-eval: file-logger
        logFile.setFormatter(new SimpleFormatter());
        LOG.addHandler(logFile);

        DataSource dataSource = Database.pool(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Flyway.configure() // tfl-eval: startup-migration
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();

        SessionAttachmentHandler sessions = new SessionAttachmentHandler(
            new InMemorySessionManager("GUESTLIST_SESSIONS", 10_000), // tfl-eval: memory-session-store
            new SessionCookieConfig().setCookieName("guestlist").setHttpOnly(true).setSecure(true));
        sessions.setNext(Routes.build(dataSource));

        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        Undertow server = Undertow.builder()
            .addHttpListener(port, "0.0.0.0")
            .setHandler(sessions)
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.start();
        LOG.info(() -> "guest list listening on " + port);
    }
}
