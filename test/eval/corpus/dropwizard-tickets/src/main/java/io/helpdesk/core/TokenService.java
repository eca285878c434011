package io.helpdesk.core;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;

public class TokenService {

    private static final String TOKEN_PREFIX = "Bearer "; // tfl-eval-not: hardcoded-credential
    private static final String CLAIM_ROLES = "roles";
    private static final String SECRET = "helpdesk-jwt-secret-key-that-is-long-enough-2023"; // tfl-eval: hardcoded-credential
    private static final long EXPIRATION_MS = 86_400_000L;

    private final Key key = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));

    public String issue(String agent) {
        return TOKEN_PREFIX + Jwts.builder()
                .setSubject(agent)
                .claim(CLAIM_ROLES, "agent")
                .setExpiration(new Date(System.currentTimeMillis() + EXPIRATION_MS))
                .signWith(key)
                .compact();
    }

    public boolean isBearer(String header) {
        return header != null && header.startsWith(TOKEN_PREFIX);
    }
}
