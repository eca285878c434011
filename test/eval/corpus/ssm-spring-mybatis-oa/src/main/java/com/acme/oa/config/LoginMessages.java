package com.acme.oa.config;

public final class LoginMessages {
    public static final String PASSWORD_ERROR = "用户名或密码错误"; // tfl-eval-not: hardcoded-credential
    public static final String PASSWORD_EXPIRED = "password.expired"; // tfl-eval-not: hardcoded-credential
    public static final String DEFAULT_PASSWORD_HINT = "初始密码为手机号后六位"; // tfl-eval-not: hardcoded-credential

    private LoginMessages() {}
}
