package org.acme.claims;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fraud")
public interface FraudClientConfig {
    /** The partner's API token; set per profile in application.yaml or FRAUD_API_TOKEN. */
    String apiToken();

    @WithDefault("")
    String webhookSecret(); // tfl-eval-not: hardcoded-credential

    @WithDefault("30")
    int timeoutSeconds();
}
