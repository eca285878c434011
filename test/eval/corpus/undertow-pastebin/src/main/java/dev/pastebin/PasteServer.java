package dev.pastebin;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.accesslog.AccessLogHandler;
import io.undertow.server.handlers.accesslog.DefaultAccessLogReceiver;
import io.undertow.server.handlers.accesslog.JBossLoggingAccessLogReceiver;

import java.nio.file.Paths;
import java.util.concurrent.Executors;

public class PasteServer {
    public static void main(String[] args) {
        HttpHandler routes = Handlers.routing()
                .get("/p/{id}", new ShowPaste())
                .post("/p", new CreatePaste());

        DefaultAccessLogReceiver receiver = DefaultAccessLogReceiver.builder() // tfl-eval: file-logger
                .setLogWriteExecutor(Executors.newSingleThreadExecutor())
                .setOutputDirectory(Paths.get("/var/log/pastebin"))
                .setLogBaseName("access.")
                .build();
        HttpHandler logged = new AccessLogHandler(routes, receiver, "combined", PasteServer.class.getClassLoader());

        // Internal probes: their access log joins the app's log stream.
        HttpHandler probes = new AccessLogHandler(new Probes(), new JBossLoggingAccessLogReceiver(), "common", PasteServer.class.getClassLoader()); // tfl-eval-not: file-logger

        Undertow.builder()
                .addHttpListener(Integer.parseInt(System.getenv("PORT")), "0.0.0.0")
                .setHandler(Handlers.path(logged).addPrefixPath("/internal", probes))
                .build()
                .start();
    }
}
