package com.example.expenses.drafts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

// Unsubmitted expense lines, per employee, until they press "Submit".
@Component
public class DraftBoard {
    private final Map<String, List<DraftLine>> draftsByEmployee = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    public List<DraftLine> get(String employee) {
        return draftsByEmployee.getOrDefault(employee, List.of());
    }

    public void put(String employee, List<DraftLine> lines) {
        draftsByEmployee.put(employee, lines);
    }

    public record DraftLine(String category, long cents) {}
}
