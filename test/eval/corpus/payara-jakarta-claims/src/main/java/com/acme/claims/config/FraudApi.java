package com.acme.claims.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class FraudApi {
    @Inject
    @ConfigProperty(name = "fraud.api.key") // tfl-eval-not: hardcoded-credential
    String apiKey;

    @Inject
    @ConfigProperty(name = "fraud.api.secret", defaultValue = "BJWak0uDOARNwPjHbUQABSgQxKr2WHVA") // tfl-eval: hardcoded-credential
    String apiSecret;

    @Inject
    @ConfigProperty(name = "fraud.api.timeout", defaultValue = "5000")
    int timeoutMillis;
}
