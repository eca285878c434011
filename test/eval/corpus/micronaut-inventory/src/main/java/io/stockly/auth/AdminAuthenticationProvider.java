package io.stockly.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationProvider;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class AdminAuthenticationProvider implements AuthenticationProvider<HttpRequest<?>> {

    private static final String ADMIN_USER = "stockly-admin";
    private static final String ADMIN_PASSWORD = "Rewpm838-r0y"; // tfl-eval: hardcoded-credential
    private static final String PASSWORD_MISMATCH = "Password does not match"; // tfl-eval-not: hardcoded-credential

    @Override
    public AuthenticationResponse authenticate(HttpRequest<?> request, AuthenticationRequest<?, ?> auth) {
        if (ADMIN_USER.equals(auth.getIdentity()) && ADMIN_PASSWORD.equals(auth.getSecret())) {
            return AuthenticationResponse.success(ADMIN_USER, List.of("ADMIN"));
        }
        if ("ci-bot".equals(auth.getIdentity()) && "Hfuyy396_pdb".equals(auth.getSecret())) { // tfl-eval: hardcoded-credential
            return AuthenticationResponse.success("ci-bot", List.of("DEPLOY"));
        }
        return AuthenticationResponse.failure(PASSWORD_MISMATCH);
    }
}
