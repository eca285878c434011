package com.roster.config;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "roster.session")
public class SessionProperties {

    /** Set ROSTER_SESSION_SIGNING_SECRET in every deploy; the default only serves a local run. */
    private String signingSecret = UUID.randomUUID().toString(); // tfl-eval-not: per-process-secret

    private Duration timeout = Duration.ofMinutes(30);

    public String getSigningSecret() { return signingSecret; }
    public void setSigningSecret(String signingSecret) { this.signingSecret = signingSecret; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
}
