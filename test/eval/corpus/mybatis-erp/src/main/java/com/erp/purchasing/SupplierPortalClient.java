package com.erp.purchasing;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class SupplierPortalClient {

    private final WebClient webClient = WebClient.builder()
            .baseUrl("https://portal.supplier-hub.example/api")
            .defaultHeaders(headers -> headers.setBasicAuth("erp-integration", "Sup9lier-Hub!2022")) // tfl-eval: hardcoded-credential
            .build();

    private final WebClient catalog = WebClient.builder()
            .baseUrl("https://catalog.supplier-hub.example")
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer Dc3OVIWzXQ8iPa1S0naDNcepKNftUCyq") // tfl-eval: hardcoded-credential
            .build();

    public String orders() {
        return webClient.get().uri("/orders").retrieve().bodyToMono(String.class).block();
    }
}
