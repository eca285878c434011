package io.helpdesk.auth;

import java.security.Principal;
import java.util.Set;

public record Agent(String name, Set<String> roles) implements Principal {
    public static final String PASSWORD_HASH_COLUMN = "password_hash"; // tfl-eval-not: hardcoded-credential

    @Override
    public String getName() {
        return name;
    }
}
