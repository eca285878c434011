package org.quay.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class JwtProperties {
    public static final String SECRET_PROPERTY = "app.jwt.secret";
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String PASSWORD_PARAM = "password";
    private static final String CREDENTIALS_SECRET_ID = "prod/quay/credentials";

    @Value("${app.jwt.secret}")
    private String secret;

    public String secret() {
        return secret;
    }
}
