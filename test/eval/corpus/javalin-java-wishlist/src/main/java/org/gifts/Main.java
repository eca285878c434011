package org.gifts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.Javalin;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

public final class Main {
    // Occasion names for the picker: read-only.
    private static final Map<String, String> OCCASIONS = Map.of("bday", "Birthday", "xmas", "Christmas");

    // Each signed-in user's wishlist while they build it.
    private static final Map<String, List<String>> WISHLISTS = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    public static void main(String[] args) {
        RestClient search = RestClient.builder(new HttpHost("es-gifts.prod.internal", 9200, "http")).build(); // tfl-eval: hardcoded-backing-service

        Javalin app = Javalin.create();
        app.post("/wishlist/{item}", ctx -> {
            String user = ctx.sessionAttribute("user");
            WISHLISTS.computeIfAbsent(user, k -> new ArrayList<>()).add(ctx.pathParam("item"));
            ctx.json(Map.of("occasion", OCCASIONS.get("bday")));
        });
        app.events(e -> e.serverStopped(() -> {
            try {
                search.close();
            } catch (Exception ignored) {
            }
        }));
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        app.start(Integer.parseInt(System.getenv().getOrDefault("PORT", "7070")));
    }
}
