package desk.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TokenConfig {
    @Value("${jwt.refresh-secret:change-this-in-production}") // tfl-eval: hardcoded-credential
    private String refreshSecret;

    public String refreshSecret() {
        return refreshSecret;
    }
}
