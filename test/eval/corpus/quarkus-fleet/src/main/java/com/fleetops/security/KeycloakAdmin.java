package com.fleetops.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

@ApplicationScoped
public class KeycloakAdmin {

    @Produces
    public Keycloak keycloak() {
        return KeycloakBuilder.builder()
                .serverUrl("https://sso.fleetops.io")
                .realm("master")
                .clientId("admin-cli")
                .clientSecret("5L7InhwVb3Aptoq1ciVTlkD6WZ12Osgi") // tfl-eval: hardcoded-credential
                .username("fleet-admin")
                .password("J03jn35_ux10") // tfl-eval: hardcoded-credential
                .build();
    }
}
