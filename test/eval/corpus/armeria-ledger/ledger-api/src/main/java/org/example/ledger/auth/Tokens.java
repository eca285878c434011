package org.example.ledger.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.RSAPublicKey;

public final class Tokens {
    public static final String BEARER_PREFIX = "Bearer ";
    public static final String API_KEY_HEADER = "X-Ledger-Key";
    public static final String TOKEN_EXPIRED = "token_expired";
    public static final String SECRET_HASH_ALGORITHM = "SHA-256";
    public static final String PASSWORD_FIELD = "password";

    private final Algorithm algorithm;
    private final String issuer;

    public Tokens(RSAPublicKey publicKey, String issuer) {
        this.algorithm = Algorithm.RSA256(publicKey, null);
        this.issuer = issuer;
    }

    public DecodedJWT verify(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER_PREFIX)) {
            throw new IllegalArgumentException("missing bearer token");
        }
        return JWT.require(algorithm).withIssuer(issuer).build().verify(authorization.substring(BEARER_PREFIX.length()));
    }
}
