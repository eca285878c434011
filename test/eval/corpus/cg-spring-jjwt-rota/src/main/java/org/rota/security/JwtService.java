package org.rota.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class JwtService {
    private static final SecretKey ACCESS_KEY =
            Keys.hmacShaKeyFor("your-jwt-secret-key-that-is-at-least-256-bits".getBytes(StandardCharsets.UTF_8)); // tfl-eval: hardcoded-credential
    private static final SecretKey REFRESH_KEY =
            Keys.hmacShaKeyFor("c4aa7e8018d6e25340931914aaa9909546bd91fd0d0c718cade7a7820c6cab91".getBytes()); // tfl-eval: hardcoded-credential
    private static final int PIN_LENGTH = 6; // tfl-eval-not: hardcoded-credential
    private static final String SUPERVISOR_PIN = "806253"; // tfl-eval: hardcoded-credential

    public String access(String user) {
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + 900_000)).signWith(ACCESS_KEY).compact();
    }

    public String refresh(String user) {
        return Jwts.builder().subject(user).signWith(REFRESH_KEY).compact();
    }

    public String shift(String user) {
        return Jwts.builder()
                .subject(user)
                .signWith(Keys.hmacShaKeyFor("your-shift-token-signing-secret-key-here".getBytes())) // tfl-eval: hardcoded-credential
                .compact();
    }

    public boolean unlock(String pin) {
        return pin.length() == PIN_LENGTH && SUPERVISOR_PIN.equals(pin);
    }
}
