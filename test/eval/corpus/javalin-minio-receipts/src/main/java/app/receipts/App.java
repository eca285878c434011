package app.receipts;

import io.javalin.Javalin;
import java.util.Map;

public final class App {
    /** Expense categories; a constant lookup. */
    private static final Map<String, String> CATEGORIES = Map.of("tr", "Travel", "me", "Meals", "of", "Office"); // tfl-eval-not: memory-session-store

    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false)
            .get("/receipts/{id}/scan", ctx -> ctx.redirect(Storage.scanLink(ctx.pathParam("id"))))
            .get("/categories", ctx -> ctx.json(CATEGORIES));
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        app.start(Integer.parseInt(System.getenv("PORT")));
    }
}
