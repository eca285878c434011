package com.northbank.remit.fx;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class FxRatesClient {
    private final RestClient http;

    public FxRatesClient(@Value("${fx.provider-url}") String url,
                         @Value("${fx.api-key:577a2578add9791c4b8ad0e0b0bad4f8}") String apiKey) { // tfl-eval: hardcoded-credential
        this.http = RestClient.builder().baseUrl(url).defaultHeader("X-API-Key", apiKey).build();
    }

    @Value("${fx.timeout-seconds:10}")
    private int timeoutSeconds;
}
