package com.ledgerline.payments.service;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

@Service
public class CheckoutService {

    // The payment each customer is in the middle of, until they confirm it.
    private final Map<String, PaymentIntent> pendingByCustomer = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    // Exchange rates fetched from the rates API; refetched hourly.
    private final Map<String, BigDecimal> fxRateCache = new ConcurrentHashMap<>();

    // Supported currencies, fixed at start.
    private final Map<String, Integer> minorUnits = Map.of("EUR", 2, "USD", 2, "JPY", 0);

    private final RatesClient rates;

    public CheckoutService(RatesClient rates) {
        this.rates = rates;
    }

    public PaymentIntent start(Principal principal, BigDecimal amount, String currency) {
        BigDecimal rate = fxRateCache.computeIfAbsent(currency, rates::fetch);
        PaymentIntent intent = new PaymentIntent(amount.multiply(rate), currency, minorUnits.get(currency));
        pendingByCustomer.put(principal.getName(), intent);
        return intent;
    }

    public PaymentIntent confirm(Principal principal) {
        return pendingByCustomer.remove(principal.getName());
    }
}
