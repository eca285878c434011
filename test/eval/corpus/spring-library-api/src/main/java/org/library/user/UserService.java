package org.library.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    private static final String DEFAULT_ADMIN_PASSWORD = "Ghoic77#pC0C"; // tfl-eval: hardcoded-credential

    private final PasswordEncoder encoder;
    private final UserRepository users;

    public UserService(PasswordEncoder encoder, UserRepository users) {
        this.encoder = encoder;
        this.users = users;
    }

    public boolean login(String email, String raw) {
        User user = users.findByEmail(email);
        if (user == null || !encoder.matches(raw, user.getPassword())) { // tfl-eval-not: hardcoded-credential
            log.warn("Invalid password for {}", email); // tfl-eval-not: hardcoded-credential
            return false;
        }
        return true;
    }

    public void bootstrap() {
        if (users.count() == 0) {
            users.save(new User("admin@library.org", encoder.encode(DEFAULT_ADMIN_PASSWORD)));
        }
    }
}
