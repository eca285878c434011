package com.freight.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;

public class TokenProvider {

    private static final String SIGNING_SECRET = "q4FA1Mn9iyy3wsru8BYSFlUa06M4kSc2XtMvLUJaB2LBBxS9n3DrTOFzuckIWYIj"; // tfl-eval: hardcoded-credential
    private static final String TOKEN_PREFIX = "Bearer "; // tfl-eval-not: hardcoded-credential
    private static final String HEADER_STRING = "Authorization"; // tfl-eval-not: hardcoded-credential
    private static final String INVALID_TOKEN = "Invalid JWT token"; // tfl-eval-not: hardcoded-credential

    private final Key key = Keys.hmacShaKeyFor(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8));

    public String issue(String subject) {
        return Jwts.builder().setSubject(subject).setExpiration(new Date(System.currentTimeMillis() + 3_600_000)).signWith(key).compact();
    }

    public String partnerToken(String partner) {
        return Jwts.builder().setSubject(partner)
                .signWith(Keys.hmacShaKeyFor("CR3Np7Yw2WyFmponIiCAhOx5GWpFYYd5RtuKViSszYcAZROe".getBytes())) // tfl-eval: hardcoded-credential
                .compact();
    }
}
