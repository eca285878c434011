package com.acme.ledger.integration;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestTemplate;

public class PaymentGatewayClient {
    public static final String STATUS_PENDING = "pending";
    public static final String API_KEY_HEADER = "X-Api-Key";
    private static final String API_KEY = "Qv80D7UBiGjOfq8mgspphYGHARpvJTIc"; // tfl-eval: hardcoded-credential
    private final RestTemplate rest = new RestTemplate();

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(API_KEY_HEADER, API_KEY);
        headers.setBasicAuth("ledger", "Quas4r*046jq"); // tfl-eval: hardcoded-credential
        return headers;
    }

    public void failIfMissing(String key) {
        if (key == null) {
            throw new IllegalStateException("Payment gateway API key is not configured");
        }
    }
}
