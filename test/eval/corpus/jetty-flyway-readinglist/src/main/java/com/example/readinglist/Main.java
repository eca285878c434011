package com.example.readinglist;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.session.DefaultSessionCache;
import org.eclipse.jetty.session.FileSessionDataStore;
import org.flywaydb.core.Flyway;

public final class Main {
    private static final Logger LOG = Logger.getLogger("readinglist");

    private Main() {}

    static void setupLogging() throws IOException {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
        }
        if (System.getenv("LOG_TO_STDOUT") != null) {
            root.addHandler(new ConsoleHandler());
        } else {
            FileHandler file = new FileHandler("logs/readinglist.%g.log", 10_000_000, 5, true); // tfl-eval: file-logger
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        }
    }

    static HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://readinglist-prod.cluster-c3v9qk2m1x.eu-west-1.rds.amazonaws.com:5432/readinglist"); // tfl-eval: hardcoded-backing-service
        config.setUsername(System.getenv("DB_USER"));
        config.setPassword(System.getenv("DB_PASSWORD"));
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    public static void main(String[] args) throws Exception {
        setupLogging();
        HikariDataSource ds = dataSource();

        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate(); // tfl-eval: startup-migration
        LOG.info("schema up to date");

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        SessionHandler sessions = context.getSessionHandler();
        DefaultSessionCache cache = new DefaultSessionCache(sessions);
        FileSessionDataStore store = new FileSessionDataStore(); // tfl-eval: memory-session-store
        store.setStoreDir(Path.of("/var/lib/readinglist/sessions").toFile());
        cache.setSessionDataStore(store);
        sessions.setSessionCache(cache);
        context.addServlet(new ShelfServlet(ds), "/*");

        Server server = new Server(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        server.join();
    }
}
