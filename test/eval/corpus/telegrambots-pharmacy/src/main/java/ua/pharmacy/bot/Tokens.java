package ua.pharmacy.bot;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.util.Date;

final class Tokens {
    private static final Algorithm ALGORITHM = Algorithm.HMAC256("dkuN3iPfIwLUY5cK3uuKGpRMtFwUcZPeyeia3j4ZJ3zt"); // tfl-eval: hardcoded-credential

    static String forPharmacist(String id) {
        return JWT.create().withSubject(id).withExpiresAt(new Date(System.currentTimeMillis() + 3_600_000)).sign(ALGORITHM);
    }

    /** Header the admin panel sends the token in. */
    static final String HEADER = "X-Auth-Token"; // tfl-eval-not: hardcoded-credential
}
