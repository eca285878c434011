package io.docsync.admin;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

public final class Realm {
    private Realm() {}

    public static Keycloak admin() {
        return KeycloakBuilder.builder()
            .serverUrl("https://sso.docsync.example")
            .realm("docsync")
            .grantType("client_credentials")
            .clientId("docsync-admin")
            .clientSecret("OwByY0IFikSNweHh7SyX626zw4TC9icu") // tfl-eval: hardcoded-credential
            .build();
    }
}
