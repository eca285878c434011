package com.acme.auth.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PasswordResetController {
    private final SecureRandom random = new SecureRandom();
    private final ResetTokenRepository tokens;

    public PasswordResetController(ResetTokenRepository tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/password-reset")
    public String requestReset(@RequestParam String email) {
        byte[] resetToken = new byte[32];
        random.nextBytes(resetToken); // tfl-eval-not: per-process-secret
        String requestId = UUID.randomUUID().toString(); // tfl-eval-not: per-process-secret
        tokens.save(email, Base64.getUrlEncoder().encodeToString(resetToken), requestId);
        return requestId;
    }
}
