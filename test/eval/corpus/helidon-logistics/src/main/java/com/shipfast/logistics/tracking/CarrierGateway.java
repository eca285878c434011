package com.shipfast.logistics.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class CarrierGateway {

    @Inject
    @ConfigProperty(name = "carrier.ups.access-key", defaultValue = "AV3P6GJB3KOKGUFG") // tfl-eval: hardcoded-credential
    String upsAccessKey;

    @Inject
    @ConfigProperty(name = "carrier.ups.username")
    String upsUser;

    @Inject
    @ConfigProperty(name = "carrier.ups.password") // tfl-eval-not: hardcoded-credential
    String upsPassword;

    private final UpsAuth auth = new UpsAuth();

    public String token() {
        auth.setClientId("shipfast-prod");
        auth.setClientSecret("gudTh2oJkq1c5OHJ8R92MNdFXThCiJPJPaBCy4iPe9S0xJ1R"); // tfl-eval: hardcoded-credential
        return auth.fetchToken();
    }

    static class UpsAuth {
        private String clientId;
        private String clientSecret;
        void setClientId(String id) { clientId = id; }
        void setClientSecret(String secret) { clientSecret = secret; }
        String fetchToken() { return clientId + clientSecret.length(); }
    }
}
