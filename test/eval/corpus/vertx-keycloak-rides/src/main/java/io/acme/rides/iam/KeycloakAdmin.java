package io.acme.rides.iam;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

public final class KeycloakAdmin {
    private KeycloakAdmin() {}

    public static Keycloak client() {
        return KeycloakBuilder.builder()
            .serverUrl("https://sso.acme.example")
            .realm("rides")
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId("rides-admin")
            .clientSecret("X7MhoPgxU3fQTlj8iOrfyLchqsPx2gVj") // tfl-eval: hardcoded-credential
            .build();
    }

    public static Keycloak fromEnv() {
        return KeycloakBuilder.builder()
            .serverUrl(System.getenv("KEYCLOAK_URL"))
            .realm("rides")
            .clientId("rides-admin")
            .clientSecret(System.getenv("KEYCLOAK_CLIENT_SECRET")) // tfl-eval-not: hardcoded-credential
            .build();
    }
}
