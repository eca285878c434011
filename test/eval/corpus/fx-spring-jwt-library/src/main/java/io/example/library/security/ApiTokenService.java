package io.example.library.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.springframework.stereotype.Service;

@Service
public class ApiTokenService {

    private final Algorithm algorithm = Algorithm.HMAC256("example"); // tfl-eval: hardcoded-credential

    public String issue(String subject) {
        return JWT.create().withSubject(subject).sign(algorithm);
    }

    public String subjectOf(String token) {
        return JWT.require(algorithm).build().verify(token).getSubject();
    }
}
