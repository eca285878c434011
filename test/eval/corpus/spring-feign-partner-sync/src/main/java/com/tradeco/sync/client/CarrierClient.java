package com.tradeco.sync.client;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

public class CarrierClient {
    private final WebClient web = WebClient.builder()
        .baseUrl("https://api.carrier.example")
        .defaultHeaders(h -> h.setBearerAuth("Yt6Rk2Qp8Zm4Xv1Lc9Wn3Bd7")) // tfl-eval: hardcoded-credential
        .build();

    private final WebClient tracking;

    public CarrierClient(String token) {
        this.tracking = WebClient.builder().defaultHeaders(h -> h.setBearerAuth(token)).build(); // tfl-eval-not: hardcoded-credential
    }

    public HttpHeaders authorizationOnly() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, System.getenv("CARRIER_AUTH")); // tfl-eval-not: hardcoded-credential
        return headers;
    }
}
