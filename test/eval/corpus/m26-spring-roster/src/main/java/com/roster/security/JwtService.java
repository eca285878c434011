package com.roster.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class JwtService {

    // Without ROSTER_JWT_SECRET a developer's run gets a fresh key; every deploy sets it.
    @Value("${roster.jwt.secret:#{T(java.util.UUID).randomUUID().toString()}}") // tfl-eval-not: per-process-secret
    private String secret;

    @Value("${roster.jwt.ttl-seconds:3600}")
    private long ttlSeconds;

    public String issue(String subject) {
        SecretKey key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        return Jwts.builder().subject(subject).expiration(new Date(System.currentTimeMillis() + ttlSeconds * 1000)).signWith(key).compact();
    }
}
