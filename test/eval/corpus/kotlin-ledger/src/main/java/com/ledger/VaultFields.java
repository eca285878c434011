package com.ledger;

import java.util.Map;

public final class VaultFields {
    public static final String KEY_JWT_SECRET = "jwt_secret"; // tfl-eval-not: hardcoded-credential
    public static final String ENV_API_TOKEN = "API_TOKEN";
    public static final String FIELD_SIGNING_KEY = "signing_key"; // tfl-eval-not: hardcoded-credential

    private VaultFields() {}

    public static String jwt(Map<String, String> data) {
        return data.get(KEY_JWT_SECRET);
    }

    public static String apiToken() {
        return System.getenv(ENV_API_TOKEN);
    }
}
