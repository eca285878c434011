package com.stockpile.warehouse.legacy;

public class LegacyErpClient {

    private final String endpoint;
    private final String user;
    private final String secret;

    public LegacyErpClient(String endpoint, String user, String secret) {
        this.endpoint = endpoint;
        this.user = user;
        this.secret = secret;
    }

    public static LegacyErpClient production() {
        return new LegacyErpClient("https://erp.stockpile.example/soap", "WH_SYNC", "rqxUu3SbdZWE76ttsCYTNFzb"); // tfl-eval: hardcoded-credential
    }

    public String authHeader() {
        String password = "";
        if (secret != null) {
            password = secret;
        }
        return user + ":" + password;
    }

    public boolean isUnset() {
        return "".equals(secret) || "none".equals(secret); // tfl-eval-not: hardcoded-credential
    }
}
