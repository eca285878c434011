package rx.pharmacy;

import io.javalin.Javalin;
import java.util.Map;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public class App {

    private static final Map<String, String> PARTNER_TOKENS = Map.of(
            "walgreens", "K3dZ4HFOiwnv24QPfabOLzJ758uOzXWL", // tfl-eval: hardcoded-credential
            "cvs", "2Chjk35q4cyh1vCWaNPfigRqYUBdNYvi"); // tfl-eval: hardcoded-credential

    private static final String SESSION_COOKIE = "rx_session"; // tfl-eval-not: hardcoded-credential
    private static final String API_KEY_HEADER = "X-Rx-Api-Key"; // tfl-eval-not: hardcoded-credential

    public static void main(String[] args) {
        JedisPool pool = new JedisPool(new JedisPoolConfig(), "cache.pharmacy.internal", 6379, 2000, "Udcij22_b2Zb"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
        Javalin app = Javalin.create().start(Integer.parseInt(System.getenv().getOrDefault("PORT", "7070")));
        app.before("/api/*", ctx -> {
            String key = ctx.header(API_KEY_HEADER);
            if (key == null || !PARTNER_TOKENS.containsValue(key)) {
                ctx.status(401).result("Invalid API key"); // tfl-eval-not: hardcoded-credential
            }
        });
        app.post("/admin/login", ctx -> {
            if ("Lkhpx68#zWRZ".equals(ctx.formParam("password"))) { // tfl-eval: hardcoded-credential
                ctx.sessionAttribute("admin", true);
            }
        });
    }
}
