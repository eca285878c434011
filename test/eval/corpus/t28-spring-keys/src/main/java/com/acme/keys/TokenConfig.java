package com.acme.keys;

import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import jakarta.annotation.PostConstruct;
import java.security.Key;
import org.springframework.stereotype.Component;

@Component
public class TokenConfig {

    private Key signingKey;
    private Key previewKey;

    @PostConstruct
    void init() {
        loadKeys();
    }

    private void loadKeys() {
        signingKey = Keys.secretKeyFor(SignatureAlgorithm.HS256); // tfl-eval: per-process-secret
    }

    // Called per request by the preview endpoint, never at start.
    public Key previewSigningKey() {
        previewKey = Keys.secretKeyFor(SignatureAlgorithm.HS256); // tfl-eval-not: per-process-secret
        return previewKey;
    }

    public Key signingKey() {
        return signingKey;
    }
}
