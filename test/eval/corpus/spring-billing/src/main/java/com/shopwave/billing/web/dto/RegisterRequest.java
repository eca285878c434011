package com.shopwave.billing.web.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class RegisterRequest {

    public enum Failure { WEAK_PASSWORD, PASSWORD_MISMATCH, TOKEN_EXPIRED }

    @NotBlank(message = "Email is required")
    private String email;

    @JsonProperty("password") // tfl-eval-not: hardcoded-credential
    @NotBlank(message = "Password is required") // tfl-eval-not: hardcoded-credential
    @Size(min = 12, message = "Password must be at least 12 characters") // tfl-eval-not: hardcoded-credential
    private String password;

    @JsonProperty("confirm_password") // tfl-eval-not: hardcoded-credential
    private String confirmPassword;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean passwordsMatch() {
        return password != null && password.equals(confirmPassword);
    }
}
