package io.helpdesk.auth;

import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.util.Optional;
import java.util.Set;

public class ApiKeyAuthenticator implements Authenticator<BasicCredentials, Agent> {

    private static final Set<String> ADMIN_ROLES = Set.of("ADMIN", "SUPERVISOR");
    private static final String INTEGRATION_USER = "zendesk-sync";
    private static final String INTEGRATION_KEY = "sDt7yUKkk1tsfddRbaKY"; // tfl-eval: hardcoded-credential
    private static final String INVALID_CREDENTIALS = "Invalid credentials"; // tfl-eval-not: hardcoded-credential

    @Override
    public Optional<Agent> authenticate(BasicCredentials credentials) throws AuthenticationException {
        if (INTEGRATION_USER.equals(credentials.getUsername()) && INTEGRATION_KEY.equals(credentials.getPassword())) {
            return Optional.of(new Agent(INTEGRATION_USER, ADMIN_ROLES));
        }
        if ("supervisor".equals(credentials.getUsername()) && credentials.getPassword().equals("Katqy0h_cj2o")) { // tfl-eval: hardcoded-credential
            return Optional.of(new Agent("supervisor", ADMIN_ROLES));
        }
        throw new AuthenticationException(INVALID_CREDENTIALS);
    }
}
