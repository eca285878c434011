package com.example.ferry.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Signed-in passengers by session token. */
@Component
public class PassengerSessions {
    private final Cache<String, Passenger> sessions = Caffeine.newBuilder() // tfl-eval: memory-session-store
            .expireAfterAccess(Duration.ofHours(4))
            .maximumSize(100_000)
            .build();
    private final SecureRandom random = new SecureRandom();

    public String open(Passenger passenger) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, passenger);
        return token;
    }

    public Optional<Passenger> find(String token) {
        return Optional.ofNullable(sessions.getIfPresent(token));
    }

    public record Passenger(long id, String email) {}
}
