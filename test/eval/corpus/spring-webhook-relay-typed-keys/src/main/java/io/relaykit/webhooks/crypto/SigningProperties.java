package io.relaykit.webhooks.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "relay")
public class SigningProperties {
    /** Read from RELAY_SIGNING_KEY; the default only lets the app start in tests. */
    private String key = ""; // tfl-eval-not: hardcoded-credential
    private String algorithm = "HmacSHA256";

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getAlgorithm() { return algorithm; }
}
