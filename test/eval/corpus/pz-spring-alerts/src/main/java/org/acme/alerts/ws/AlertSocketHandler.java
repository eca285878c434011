package org.acme.alerts.ws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

@Component
public class AlertSocketHandler extends TextWebSocketHandler {

    private final List<WebSocketSession> openSessions = new CopyOnWriteArrayList<>(); // tfl-eval-not: memory-session-store
    private final Map<String, WebSocketSession> sessionsByUser = new ConcurrentHashMap<>(); // tfl-eval-not: memory-session-store
    private final Map<String, List<String>> pendingAlerts = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        String username = session.getPrincipal().getName();
        openSessions.add(session);
        sessionsByUser.put(username, session);
        for (String alert : pendingAlerts.getOrDefault(username, List.of())) {
            session.sendMessage(new TextMessage(alert));
        }
        pendingAlerts.remove(username);
    }

    public void push(String username, String alert) throws IOException {
        WebSocketSession target = sessionsByUser.get(username);
        if (target != null && target.isOpen()) {
            target.sendMessage(new TextMessage(alert));
        } else {
            pendingAlerts.computeIfAbsent(username, k -> new ArrayList<>()).add(alert);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        openSessions.remove(session);
        sessionsByUser.remove(session.getPrincipal().getName());
    }
}
