package com.acme.ledger.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class JwtService {
    private static final String ISSUER = "ledger";
    private static final String TOKEN_PREFIX = "Bearer ";
    private static final String REFRESH_SECRET = "7397031815d74d057fd434401699e528ffbc052a45e41322fdeb22417530eb33"; // tfl-eval: hardcoded-credential

    @Value("${ledger.jwt.secret}")
    private String accessSecret;

    private Key accessKey() {
        return Keys.hmacShaKeyFor(accessSecret.getBytes(StandardCharsets.UTF_8));
    }

    private Key refreshKey() {
        return Keys.hmacShaKeyFor(REFRESH_SECRET.getBytes(StandardCharsets.UTF_8));
    }

    public String issue(String subject) {
        return Jwts.builder().setSubject(subject).setIssuer(ISSUER).setIssuedAt(new Date()).signWith(accessKey()).compact();
    }

    public String issueLegacy(String subject) {
        Key legacy = Keys.hmacShaKeyFor("The Ledger Legacy Signing Key Of 2019, Keep Out!".getBytes()); // tfl-eval: hardcoded-credential
        return Jwts.builder().setSubject(subject).signWith(legacy).compact();
    }
}
