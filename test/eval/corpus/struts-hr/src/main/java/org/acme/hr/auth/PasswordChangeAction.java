package org.acme.hr.auth;

import com.opensymphony.xwork2.ActionSupport;

public class PasswordChangeAction extends ActionSupport {
    private static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,}$"; // tfl-eval-not: hardcoded-credential
    private String currentPassword;
    private String newPassword;

    @Override
    public void validate() {
        if (!newPassword.matches(PASSWORD_PATTERN)) {
            addFieldError("newPassword", getText("error.password.weak")); // tfl-eval-not: hardcoded-credential
        }
    }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
