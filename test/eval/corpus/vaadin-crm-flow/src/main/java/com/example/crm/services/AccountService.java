package com.example.crm.services;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AccountService {

    private static final String PASSWORD_CHANGED_EVENT = "account.password.changed"; // tfl-eval-not: hardcoded-credential

    // Failed attempts per user, for the lockout banner; lost on restart and per-instance.
    private final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    private final AuthenticationContext auth;
    private final PasswordEncoder encoder;
    private final UserRepository users;

    public AccountService(AuthenticationContext auth, PasswordEncoder encoder, UserRepository users) {
        this.auth = auth;
        this.encoder = encoder;
        this.users = users;
    }

    public boolean changePassword(String current, String next) {
        String username = auth.getPrincipalName().orElseThrow();
        var user = users.findByUsername(username).orElseThrow();
        if (!encoder.matches(current, user.getPasswordHash())) {
            failedAttempts.merge(username, 1, Integer::sum);
            return false;
        }
        user.setPasswordHash(encoder.encode(next));
        users.save(user);
        return true;
    }
}
