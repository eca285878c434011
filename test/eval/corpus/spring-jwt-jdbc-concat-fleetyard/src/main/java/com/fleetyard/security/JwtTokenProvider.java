package com.fleetyard.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtTokenProvider {

    @Value("${jwt.secret:pWkBCycKbGw1402dujbP6WhTD9CUN20q}") // tfl-eval: hardcoded-credential
    private String jwtSecret;

    @Value("${jwt.refresh-secret:${JWT_REFRESH_SECRET}}") // tfl-eval-not: hardcoded-credential
    private String refreshSecret;

    @Value("${jwt.expiration-ms:3600000}")
    private long expirationMs;

    @Value("${jwt.issuer:fleetyard}") // tfl-eval-not: hardcoded-credential
    private String issuer;

    private SecretKey key() {
        return Keys.hmacShaKeyFor(jwtSecret.getBytes(StandardCharsets.UTF_8));
    }

    public String generate(String username) {
        Date now = new Date();
        return Jwts.builder()
                .subject(username)
                .issuer(issuer)
                .issuedAt(now)
                .expiration(new Date(now.getTime() + expirationMs))
                .signWith(key())
                .compact();
    }
}
