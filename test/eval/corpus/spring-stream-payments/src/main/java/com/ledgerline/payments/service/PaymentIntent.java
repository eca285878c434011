package com.ledgerline.payments.service;

import java.math.BigDecimal;

public record PaymentIntent(BigDecimal amount, String currency, int minorUnits) {}
