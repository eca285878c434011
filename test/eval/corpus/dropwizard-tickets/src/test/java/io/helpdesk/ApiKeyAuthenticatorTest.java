package io.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.auth.basic.BasicCredentials;
import io.helpdesk.auth.ApiKeyAuthenticator;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {

    @Test
    void rejectsUnknownAgents() throws Exception {
        var authenticator = new ApiKeyAuthenticator();
        var credentials = new BasicCredentials("nobody", "not-the-password"); // tfl-eval-not: hardcoded-credential
        assertThat(authenticator.authenticate(credentials)).isEmpty();
    }
}
