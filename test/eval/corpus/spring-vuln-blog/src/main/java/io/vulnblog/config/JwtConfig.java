package io.vulnblog.config;

import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class JwtConfig {

  @Bean
  public SecretKey jwtSigningKey() {
    return Keys.hmacShaKeyFor("vulnblog-hmac-signing-key-which-is-long-enough-256".getBytes(StandardCharsets.UTF_8)); // tfl-eval: hardcoded-credential
  }
}
