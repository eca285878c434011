package com.example.votes;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.impl.TextCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class JwtKeys {
  public static final String JWT_PASSWORD = TextCodec.BASE64.encode("mR91hRK0nYR3sDRx"); // tfl-eval: hardcoded-credential
  private static final String SIGNING_KEY = Base64.getEncoder().encodeToString("vxxitxDeVsoHHMxU".getBytes(StandardCharsets.UTF_8)); // tfl-eval: hardcoded-credential
  private static final String ENV_KEY = TextCodec.BASE64.encode(System.getenv("JWT_KEY")); // tfl-eval-not: hardcoded-credential
  private static final String BANNER = Base64.getEncoder().encodeToString("Votes service".getBytes()); // tfl-eval-not: hardcoded-credential

  public String token(String user) {
    return Jwts.builder().claim("user", user).signWith(SignatureAlgorithm.HS512, JWT_PASSWORD).compact();
  }

  public String other(String user) {
    return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, SIGNING_KEY).compact();
  }
}
