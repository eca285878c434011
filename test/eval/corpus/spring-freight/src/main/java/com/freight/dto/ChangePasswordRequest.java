package com.freight.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ChangePasswordRequest {

    @NotBlank(message = "Current password is required") // tfl-eval-not: hardcoded-credential
    private String currentPassword;

    @Size(min = 12, message = "New password must have at least 12 characters") // tfl-eval-not: hardcoded-credential
    private String newPassword;

    @NotBlank
    private String apiToken;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public boolean isDefaultPassword() {
        return "changeme".equals(newPassword); // tfl-eval-not: hardcoded-credential
    }
}
