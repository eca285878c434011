package com.shopwave.billing.config;

/** Names of the environment variables the service reads. */
public final class EnvKeys {
    public static final String DB_PASSWORD = "DB_PASSWORD"; // tfl-eval-not: hardcoded-credential
    public static final String STRIPE_SECRET_KEY = "STRIPE_SECRET_KEY"; // tfl-eval-not: hardcoded-credential
    public static final String JWT_SECRET = "billing.jwt.secret"; // tfl-eval-not: hardcoded-credential
    public static final String PASSWORD_RESET_PATH = "/account/password/reset"; // tfl-eval-not: hardcoded-credential
    public static final String AUTH_HEADER = "Authorization";
    public static final String TOKEN_TYPE = "Bearer"; // tfl-eval-not: hardcoded-credential

    private EnvKeys() {}
}
