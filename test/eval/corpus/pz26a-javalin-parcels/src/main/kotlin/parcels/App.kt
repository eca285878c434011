package parcels

import io.javalin.Javalin

fun main() {
    val app = Javalin.create { config ->
        config.showJavalinBanner = false
    }
        .get("/parcels") { ctx -> ctx.json(emptyList<String>()) }
        .get("/health") { ctx -> ctx.result("ok") }
        .start(7070) // tfl-eval: hardcoded-port

    Runtime.getRuntime().addShutdownHook(Thread { app.stop() })
}
