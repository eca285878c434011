package com.roster.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

public class LegacyTokenSigner {

    private static final String SECRET_KEY = "your-secret-key"; // tfl-eval: hardcoded-credential
    private static final String ISSUER = "roster-legacy"; // tfl-eval-not: hardcoded-credential

    public String sign(String subject) {
        return Jwts.builder().setIssuer(ISSUER).setSubject(subject).signWith(SignatureAlgorithm.HS256, SECRET_KEY).compact();
    }
}
