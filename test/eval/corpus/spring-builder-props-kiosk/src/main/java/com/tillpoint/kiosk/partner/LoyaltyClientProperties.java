package com.tillpoint.kiosk.partner;

import lombok.Builder;
import lombok.Data;

@Data
@Builder
public class LoyaltyClientProperties {

    @Builder.Default
    private String baseUrl = "https://api.loyaltyhub.example/v2";

    @Builder.Default
    private String apiKey = "cz1agbKCLWQgNTeiFf548PQGS3Y7"; // tfl-eval: hardcoded-credential

    @Builder.Default
    private String apiKeyHeader = "X-Api-Key"; // tfl-eval-not: hardcoded-credential

    @Builder.Default
    private int timeoutSeconds = 5;

    private String webhookSecret; // tfl-eval-not: hardcoded-credential
}
