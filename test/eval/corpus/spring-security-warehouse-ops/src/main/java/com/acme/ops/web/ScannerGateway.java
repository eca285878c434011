package com.acme.ops.web;

import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;

public final class ScannerGateway {
    public static Javalin create() {
        Javalin app = Javalin.create();
        app.beforeMatched(ctx -> {
            if (!"EWcebiQD16Mcm2Vj4Ju01diVQMkrz58j".equals(ctx.header("X-Scanner-Key"))) { // tfl-eval: hardcoded-credential
                throw new UnauthorizedResponse();
            }
        });
        app.before("/health", ctx -> {
            if ("none".equals(ctx.header("X-Auth-Mode"))) { // tfl-eval-not: hardcoded-credential
                ctx.status(204);
            }
        });
        return app;
    }

    private ScannerGateway() {}
}
