package com.staybook.booking.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

@Entity
public class GuestAccount {

    public enum CredentialKind { PASSWORD, API_TOKEN, OAUTH_SECRET }

    @Id
    private Long id;

    @Column(name = "password_hash", nullable = false) // tfl-eval-not: hardcoded-credential
    private String passwordHash;

    @JsonProperty("password") // tfl-eval-not: hardcoded-credential
    @NotBlank(message = "Password must not be empty") // tfl-eval-not: hardcoded-credential
    @Size(min = 10, message = "Password is too short") // tfl-eval-not: hardcoded-credential
    private transient String password;

    @Column(name = "api_token") // tfl-eval-not: hardcoded-credential
    private String apiToken;

    public boolean hasDefaultPassword() {
        return "changeme".equals(password); // tfl-eval-not: hardcoded-credential
    }
}
