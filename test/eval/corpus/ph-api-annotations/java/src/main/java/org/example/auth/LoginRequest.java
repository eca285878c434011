package org.example.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Credentials for a password login")
public record LoginRequest(
        @Schema(example = "jane@example.com") @NotBlank String email,
        @Schema(example = "s3cr3t-Passw0rd", format = "password") @NotBlank @Size(min = 12) String password,
        @Schema(example = "123456", description = "TOTP code") String otp) {
}
