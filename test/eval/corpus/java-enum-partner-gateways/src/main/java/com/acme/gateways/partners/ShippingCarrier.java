package com.acme.gateways.partners;

public enum ShippingCarrier {
    DHL("dhl", "DHL Express"), // tfl-eval-not: hardcoded-credential
    UPS("ups", "UPS"), // tfl-eval-not: hardcoded-credential
    FEDEX("fedex", "FedEx"); // tfl-eval-not: hardcoded-credential

    private final String code;
    private final String label;

    ShippingCarrier(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
