package com.acme.auth.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.util.Date;

public final class JwtUtil {
    private static final Key SIGNING_KEY = Keys.secretKeyFor(SignatureAlgorithm.HS256); // tfl-eval: per-process-secret
    private static final long TTL_MS = 3_600_000L;

    private JwtUtil() {}

    public static String issue(String username) {
        Date now = new Date();
        return Jwts.builder().setSubject(username).setIssuedAt(now)
                .setExpiration(new Date(now.getTime() + TTL_MS)).signWith(SIGNING_KEY).compact();
    }

    public static Claims parse(String token) {
        return Jwts.parserBuilder().setSigningKey(SIGNING_KEY).build().parseClaimsJws(token).getBody();
    }
}
