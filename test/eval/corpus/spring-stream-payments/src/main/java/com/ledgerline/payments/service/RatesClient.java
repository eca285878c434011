package com.ledgerline.payments.service;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class RatesClient {
    private final RestClient http = RestClient.create("https://api.frankfurter.app");

    public BigDecimal fetch(String currency) {
        return http.get().uri("/latest?from={c}&to=EUR", currency).retrieve().body(BigDecimal.class);
    }
}
