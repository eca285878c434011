package parcels.admin;

import io.javalin.Javalin;

public final class AdminServer {
    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false)
            .get("/admin/health", ctx -> ctx.result("ok"))
            .start(7071); // tfl-eval: hardcoded-port
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    }
}
