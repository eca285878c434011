package org.permitdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

@Named
@RequestScoped
public class LoginBean {
    public static final String PASSWORD_FIELD = "j_password";
    public static final String PASSWORD_HELP = "Your password must be at least 12 characters.";

    private String username;
    private String password;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
