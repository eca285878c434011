package io.clinicnet.keycloak.sms;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import java.util.List;

public class SmsAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "clinicnet-sms";

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty sid = new ProviderConfigProperty("accountSid", "Twilio account SID", "", ProviderConfigProperty.STRING_TYPE, null);
        ProviderConfigProperty token = new ProviderConfigProperty("authToken", "Twilio auth token", "", ProviderConfigProperty.PASSWORD, null); // tfl-eval-not: hardcoded-credential
        token.setSecret(true);
        ProviderConfigProperty ttl = new ProviderConfigProperty("ttl", "Code lifetime (seconds)", "", ProviderConfigProperty.STRING_TYPE, "300");
        return List.of(sid, token, ttl);
    }

    @Override public String getId() { return PROVIDER_ID; }
    @Override public String getDisplayType() { return "SMS one-time code"; }
    @Override public String getHelpText() { return "Sends a one-time code by SMS"; }
    @Override public String getReferenceCategory() { return "otp"; }
    @Override public boolean isConfigurable() { return true; }
    @Override public boolean isUserSetupAllowed() { return false; }
    @Override public AuthenticationExecutionModel.Requirement[] getRequirementChoices() { return REQUIREMENT_CHOICES; }
    @Override public Authenticator create(KeycloakSession session) { return new SmsAuthenticator(); }
    @Override public void init(Config.Scope config) { }
    @Override public void postInit(KeycloakSessionFactory factory) { }
    @Override public void close() { }
}
