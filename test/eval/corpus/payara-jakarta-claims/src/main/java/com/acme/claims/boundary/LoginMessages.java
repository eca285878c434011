package com.acme.claims.boundary;

public final class LoginMessages {
    public static final String PASSWORD_EXPIRED = "Your password has expired. Please choose a new one."; // tfl-eval-not: hardcoded-credential
    public static final String PASSWORD_PARAM = "j_password"; // tfl-eval-not: hardcoded-credential
    public static final String TOKEN_HEADER = "X-Claims-Token"; // tfl-eval-not: hardcoded-credential

    private LoginMessages() {}
}
