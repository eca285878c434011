package io.ledgerbird.sync.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("ledger.partner")
public record PartnerProperties(
        String baseUrl,
        @DefaultValue("xvsTWzU2Xhwg1Ok3jLCw3mYVv1xp886I35tH") String apiKey, // tfl-eval: hardcoded-credential
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("") String webhookSecret) { // tfl-eval-not: hardcoded-credential
}
