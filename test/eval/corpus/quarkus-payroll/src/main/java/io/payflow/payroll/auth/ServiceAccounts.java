package io.payflow.payroll.auth;

import java.util.Map;

public class ServiceAccounts {

    public static final String PASSWORD_GRANT = "password"; // tfl-eval-not: hardcoded-credential
    public static final String CLIENT_SECRET_PARAM = "client_secret"; // tfl-eval-not: hardcoded-credential
    public static final String DEFAULT_ADMIN_HASH = "{bcrypt}$2a$10$OteWdfvZ4bRgMV1XuqC0EMAAnZeSgJWqMvhOQPYVc6S621mk2mqkS"; // tfl-eval-not: hardcoded-credential

    public Map<String, String> tokenRequest(String clientSecret) {
        return Map.of(
                "grant_type", "client_credentials",
                "client_id", "payroll-backend",
                CLIENT_SECRET_PARAM, clientSecret); // tfl-eval-not: hardcoded-credential
    }

    public Map<String, String> hrSystemLogin() {
        return Map.of(
                "grant_type", PASSWORD_GRANT,
                "username", "payroll-sync",
                "password", "Bolr*049yb071b"); // tfl-eval: hardcoded-credential
    }
}
