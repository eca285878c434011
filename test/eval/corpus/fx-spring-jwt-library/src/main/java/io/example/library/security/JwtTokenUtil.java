package io.example.library.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtTokenUtil {

    private static final long JWT_TOKEN_VALIDITY = 5 * 60 * 60;

    @Value("${jwt.secret}")
    private String configuredSecret;

    public String generateToken(String username) {
        return Jwts.builder()
                .setSubject(username)
                .setIssuedAt(new Date(System.currentTimeMillis()))
                .setExpiration(new Date(System.currentTimeMillis() + JWT_TOKEN_VALIDITY * 1000))
                .signWith(SignatureAlgorithm.HS512, "demo") // tfl-eval: hardcoded-credential
                .compact();
    }

    public Claims getAllClaimsFromToken(String token) {
        return Jwts.parser().setSigningKey("demo").parseClaimsJws(token).getBody(); // tfl-eval: hardcoded-credential
    }

    public Claims parseWithConfigured(String token) {
        return Jwts.parser().setSigningKey(configuredSecret).parseClaimsJws(token).getBody(); // tfl-eval-not: hardcoded-credential
    }
}
