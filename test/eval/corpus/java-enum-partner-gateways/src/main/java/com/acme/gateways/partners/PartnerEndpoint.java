package com.acme.gateways.partners;

/** The partners' endpoints and the logins they issued us, per environment. */
public enum PartnerEndpoint {
    SANDBOX("https://sandbox.paylink.example/api", "acme-sbx", "gYDQnLZXIDUigTOP00UHiMfHesTm"), // tfl-eval: hardcoded-credential
    PRODUCTION("https://api.paylink.example/api", "acme-prod", "IVJVuA0ZvoCAMbwZmOsika1avx73"), // tfl-eval: hardcoded-credential
    LOCAL("http://localhost:9090/api", "local", ""); // tfl-eval-not: hardcoded-credential

    private final String baseUrl;
    private final String merchantId;
    private final String apiSecret;

    PartnerEndpoint(String baseUrl, String merchantId, String apiSecret) {
        this.baseUrl = baseUrl;
        this.merchantId = merchantId;
        this.apiSecret = apiSecret;
    }

    public String baseUrl() { return baseUrl; }
    public String merchantId() { return merchantId; }
    public String apiSecret() { return apiSecret; }
}
