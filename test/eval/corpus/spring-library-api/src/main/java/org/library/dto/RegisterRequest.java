package org.library.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        String email,
        @JsonProperty(value = "password", access = JsonProperty.Access.WRITE_ONLY) // tfl-eval-not: hardcoded-credential
        @Size(min = 12, message = "{user.password.size}") // tfl-eval-not: hardcoded-credential
        @Pattern(regexp = "^\\S+$", message = "Password must not contain spaces") // tfl-eval-not: hardcoded-credential
        String password) {
}
