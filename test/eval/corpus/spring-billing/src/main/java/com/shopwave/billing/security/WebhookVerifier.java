package com.shopwave.billing.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class WebhookVerifier {

    private static final String SIGNATURE_HEADER = "X-Shopwave-Signature"; // tfl-eval-not: hardcoded-credential
    private static final String HMAC = "HmacSHA256";

    @Value("${billing.webhook.secret}") // tfl-eval-not: hardcoded-credential
    private String webhookSecret;

    @Value("${billing.partner.secret:7b41b3e4685a6ff5c68e7dfa53dcf795}") // tfl-eval: hardcoded-credential
    private String partnerSecret;

    public boolean verify(String payload, String signature, boolean partner) throws Exception {
        String secret = partner ? partnerSecret : webhookSecret;
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
        byte[] expected = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, hex(signature));
    }

    public String legacySignature(String payload) throws Exception {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec("shopwave-legacy-hook-Qjkaj164".getBytes(StandardCharsets.UTF_8), HMAC)); // tfl-eval: hardcoded-credential
        return toHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hex(String value) {
        byte[] out = new byte[value.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(value.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }
}
