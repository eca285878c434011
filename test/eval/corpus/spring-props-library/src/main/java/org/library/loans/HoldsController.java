package org.library.loans;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HoldsController {
    private static final Map<String, Integer> HOLD_DAYS = Map.of("book", 7, "dvd", 3); // tfl-eval-not: memory-session-store

    @PostMapping("/holds/{kind}/{id}")
    public Map<String, Object> hold(@PathVariable String kind, @PathVariable long id, HttpSession session) {
        session.setAttribute("lastHold", id);
        return Map.of("days", HOLD_DAYS.getOrDefault(kind, 7));
    }
}
