package io.tollgate.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

public final class PartnerTokens {

    private static final Algorithm PARTNER_ALGORITHM = Algorithm.HMAC256("changeme"); // tfl-eval: hardcoded-credential

    private PartnerTokens() {
    }

    public static String forPartner(String partner) {
        return JWT.create().withIssuer("tollgate").withSubject(partner).sign(PARTNER_ALGORITHM);
    }

    public static Algorithm fromEnvironment() {
        String secret = System.getenv("PARTNER_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("PARTNER_JWT_SECRET must be set"); // tfl-eval-not: hardcoded-credential
        }
        return Algorithm.HMAC256(secret);
    }
}
