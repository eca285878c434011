package com.ledgerline.payments;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CheckoutServiceTest {
    private final Map<String, String> sessions = new HashMap<>();

    @Test
    void remembersPending() {
        sessions.put("alice", "intent-1");
    }
}
