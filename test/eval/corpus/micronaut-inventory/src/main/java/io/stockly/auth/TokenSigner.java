package io.stockly.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.util.Date;

public class TokenSigner {

    private final Algorithm algorithm = Algorithm.HMAC256("A Stockly Signing Key That Nobody Guesses!!"); // tfl-eval: hardcoded-credential
    private final String issuer;

    public TokenSigner(String issuer) {
        this.issuer = issuer;
    }

    public String sign(String subject) {
        return JWT.create().withIssuer(issuer).withSubject(subject).withExpiresAt(new Date(System.currentTimeMillis() + 3_600_000)).sign(algorithm);
    }
}
