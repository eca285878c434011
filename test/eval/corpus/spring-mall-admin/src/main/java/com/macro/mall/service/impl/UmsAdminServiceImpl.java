package com.macro.mall.service.impl;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;

public class UmsAdminServiceImpl {
    private static final String DEFAULT_PASSWORD = "123456"; // tfl-eval-not: hardcoded-credential
    private PasswordEncoder passwordEncoder;

    public String login(String username, String password, String encoded) {
        if (!passwordEncoder.matches(password, encoded)) {
            throw new BadCredentialsException("密码不正确"); // tfl-eval-not: hardcoded-credential
        }
        return username;
    }

    public String resetPassword() {
        return passwordEncoder.encode(DEFAULT_PASSWORD);
    }
}
