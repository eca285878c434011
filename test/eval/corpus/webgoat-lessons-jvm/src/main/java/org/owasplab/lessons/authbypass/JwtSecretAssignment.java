package org.owasplab.lessons.authbypass;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JwtSecretAssignment {

  // The lesson asks the student to crack this weak signing key from a captured token.
  public static final String JWT_SECRET = "victory"; // tfl-eval: hardcoded-credential

  @PostMapping("/jwt/secret")
  public String issue(String user) {
    return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, JWT_SECRET).compact();
  }
}
