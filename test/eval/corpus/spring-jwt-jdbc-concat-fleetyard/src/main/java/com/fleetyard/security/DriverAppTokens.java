package com.fleetyard.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Date;

/** Tokens for the drivers' handheld app, signed with its own key so a leak there cannot reach the office API. */
public final class DriverAppTokens {

    private static final String SIGNING_KEY = "fMyiGKJQmLGFQBvU1HFMjMz4QcDfDVyN"; // tfl-eval: hardcoded-credential
    private static final String HEADER = "Authorization"; // tfl-eval-not: hardcoded-credential
    private static final String TOKEN_PREFIX = "Bearer "; // tfl-eval-not: hardcoded-credential

    private DriverAppTokens() {}

    public static String issue(String driverId) {
        return Jwts.builder()
                .setSubject(driverId)
                .setExpiration(new Date(System.currentTimeMillis() + 8 * 3600_000L))
                .signWith(SignatureAlgorithm.HS256, "HYegkBEOEL1NvMawCdhmbyUYCFvprOdG".getBytes()) // tfl-eval: hardcoded-credential
                .compact();
    }

    public static String issueWithConfiguredKey(String driverId, String key) {
        return Jwts.builder().setSubject(driverId).signWith(SignatureAlgorithm.HS256, key.getBytes()).compact();
    }
}
