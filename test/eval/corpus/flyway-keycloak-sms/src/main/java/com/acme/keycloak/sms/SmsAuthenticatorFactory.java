package com.acme.keycloak.sms;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class SmsAuthenticatorFactory implements AuthenticatorFactory {
    public static final String PROVIDER_ID = "sms-authenticator";
    static final String CONFIG_API_TOKEN = "apiToken"; // tfl-eval-not: hardcoded-credential
    private static final String GATEWAY_TOKEN = "tIkUJ9X6gY6UuxXMxdxyTTrq"; // tfl-eval: hardcoded-credential

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SmsAuthenticator(new SmsGateway("https://sms.acme-gateway.example/v1", GATEWAY_TOKEN));
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty token = new ProviderConfigProperty();
        token.setName(CONFIG_API_TOKEN);
        token.setLabel("API token"); // tfl-eval-not: hardcoded-credential
        token.setType(ProviderConfigProperty.PASSWORD);
        token.setHelpText("Token of the SMS gateway account"); // tfl-eval-not: hardcoded-credential
        return List.of(token);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public String getId() { return PROVIDER_ID; }
}
