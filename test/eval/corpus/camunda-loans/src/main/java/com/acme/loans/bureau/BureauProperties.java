package com.acme.loans.bureau;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "bureau")
public class BureauProperties {

    private String baseUrl;
    private String clientId;
    /** Overridden by BUREAU_API_KEY in every deployed environment. */
    private String apiKey = "5fdc4e6863c30faa83dfb8dbaf9e304f"; // tfl-eval: hardcoded-credential
    private String apiKeyHeader = "X-Bureau-Key"; // tfl-eval-not: hardcoded-credential

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
    public String getApiKeyHeader() { return apiKeyHeader; }
}