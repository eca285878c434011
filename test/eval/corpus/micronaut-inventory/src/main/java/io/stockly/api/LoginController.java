package io.stockly.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/login")
public class LoginController {

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);
    private static final String MASK = "********"; // tfl-eval-not: hardcoded-credential

    public record Credentials(String username, String password) {}

    @Post
    public String login(@Body Credentials credentials) {
        LOG.info("login attempt for {} with password {}", credentials.username(), MASK); // tfl-eval-not: hardcoded-credential
        String password = credentials.password(); // tfl-eval-not: hardcoded-credential
        if (password == null || password.isBlank()) {
            return "missing password";
        }
        return "ok";
    }
}
