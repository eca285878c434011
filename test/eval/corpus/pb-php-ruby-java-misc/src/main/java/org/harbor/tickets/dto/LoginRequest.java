package org.harbor.tickets.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @Schema(example = "agent@example.com") @NotBlank String email,
        @Schema(example = "Sup3rSecret!", description = "The account's password") @NotBlank @Size(min = 12) String password,
        @Schema(example = "tok_example_123") String apiToken) {
}
