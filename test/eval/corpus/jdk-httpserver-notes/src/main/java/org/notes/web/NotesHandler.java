package org.notes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.notes.store.NoteStore;

public class NotesHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(NotesHandler.class.getName());

    // Markdown-to-HTML results by note hash: a cache.
    private static final Map<String, String> RENDERED_CACHE = new ConcurrentHashMap<>(); // tfl-eval-not: memory-session-store

    // Notes typed but not yet saved, per signed-in visitor.
    private static final Map<String, List<String>> DRAFTS = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    private final NoteStore store;

    public NotesHandler(NoteStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String sid = exchange.getRequestHeaders().getFirst("X-Session-Id");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if ("PUT".equals(exchange.getRequestMethod())) {
            DRAFTS.computeIfAbsent(sid, k -> new ArrayList<>()).add(body);
        } else {
            RENDERED_CACHE.putIfAbsent(Integer.toHexString(body.hashCode()), body);
            try {
                store.save(sid, body);
            } catch (Exception e) {
                LOG.warning("save failed");
            }
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
