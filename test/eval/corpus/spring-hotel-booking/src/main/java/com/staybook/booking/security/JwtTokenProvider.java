package com.staybook.booking.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtTokenProvider {

    private static final String AUTHORITIES_KEY = "auth"; // tfl-eval-not: hardcoded-credential
    private static final String TOKEN_PREFIX = "Bearer "; // tfl-eval-not: hardcoded-credential

    @Value("${staybook.jwt.secret:wO2Kak5PKFeCGIXXadt3kuyrF4iAPiaKrqy4kOeu4cET}") // tfl-eval: hardcoded-credential
    private String jwtSecret;

    @Value("${staybook.jwt.expiration-ms:86400000}")
    private long jwtExpirationMs;

    @Value("${staybook.jwt.refresh-secret}") // tfl-eval-not: hardcoded-credential
    private String refreshSecret;

    private Key signingKey() {
        return Keys.hmacShaKeyFor(jwtSecret.getBytes(StandardCharsets.UTF_8));
    }

    public String createToken(String username) {
        return Jwts.builder()
                .setSubject(username)
                .setIssuedAt(new Date())
                .setExpiration(new Date(System.currentTimeMillis() + jwtExpirationMs))
                .signWith(signingKey())
                .compact();
    }

    public String createPartnerToken(String partnerId) {
        return Jwts.builder()
                .setSubject(partnerId)
                .signWith(Keys.hmacShaKeyFor("MulK9CDIvYKNyV1v1Cuvs83kupIvR65OJ4uALjmJ".getBytes(StandardCharsets.UTF_8))) // tfl-eval: hardcoded-credential
                .compact();
    }

    public Claims parse(String token) {
        return Jwts.parserBuilder().setSigningKey(signingKey()).build()
                .parseClaimsJws(token.replace(TOKEN_PREFIX, "")).getBody();
    }
}
