package io.tollgate.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    @Test
    void signsWithTheGivenKey() {
        Algorithm algorithm = Algorithm.HMAC256("changeme"); // tfl-eval-not: hardcoded-credential
        String token = JWT.create().withSubject("d-17").sign(algorithm);
        assertEquals("d-17", JWT.require(algorithm).build().verify(token).getSubject());
    }
}
