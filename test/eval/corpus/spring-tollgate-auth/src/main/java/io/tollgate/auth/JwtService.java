package io.tollgate.auth;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.stereotype.Service;

@Service
public class JwtService {

    private static final long TTL_MILLIS = 3_600_000L;

    private final SecretKey key = Keys.hmacShaKeyFor("tollgate secret key used to sign every driver session token".getBytes(StandardCharsets.UTF_8)); // tfl-eval: hardcoded-credential

    public String issue(String driverId) {
        return Jwts.builder()
                .subject(driverId)
                .issuedAt(new Date())
                .expiration(new Date(System.currentTimeMillis() + TTL_MILLIS))
                .signWith(key)
                .compact();
    }

    public String driverOf(String token) {
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
    }
}
