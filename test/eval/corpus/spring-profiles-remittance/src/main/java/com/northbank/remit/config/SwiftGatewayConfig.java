package com.northbank.remit.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SwiftGatewayConfig {
    @Value("${swift.gateway.client-secret}") // tfl-eval-not: hardcoded-credential
    private String clientSecret;

    @Value("${swift.gateway.signing-key:${SWIFT_SIGNING_KEY:}}") // tfl-eval-not: hardcoded-credential
    private String signingKey;

    static final String HMAC_KEY = "NYtCdKD4KutaUleWyqke7T5aWWHXvsG+Sw0Uyiof8P4="; // tfl-eval: hardcoded-credential
}
