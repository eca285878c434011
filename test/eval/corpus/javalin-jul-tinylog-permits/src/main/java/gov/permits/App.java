package gov.permits;

import io.javalin.Javalin;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import redis.clients.jedis.JedisPool;

public class App {
    private static final Logger AUDIT = Logger.getLogger("permits.audit");

    public static void main(String[] args) throws IOException {
        FileHandler auditFile = new FileHandler("logs/audit.%g.log", 10_000_000, 5, true); // tfl-eval: file-logger
        auditFile.setFormatter(new SimpleFormatter());
        AUDIT.addHandler(auditFile);

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("permits");
        JedisPool lookups = new JedisPool("permits-cache.internal", 6379); // tfl-eval: hardcoded-backing-service

        Javalin app = Javalin.create();
        app.get("/permits/{id}", ctx -> {
            AUDIT.info("lookup " + ctx.pathParam("id"));
            try (var jedis = lookups.getResource()) {
                ctx.result(String.valueOf(jedis.get("permit:" + ctx.pathParam("id"))));
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            emf.close();
        }));
        app.start(Integer.parseInt(System.getenv("PORT")));
    }
}
