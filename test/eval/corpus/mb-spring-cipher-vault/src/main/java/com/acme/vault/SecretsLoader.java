package com.acme.vault;

import java.util.Map;

public final class SecretsLoader {
    private final RsaUtil rsa;

    public SecretsLoader(RsaUtil rsa) {
        this.rsa = rsa;
    }

    public Map<String, String> load() {
        // Ciphertext committed; the private key is read from the environment at start.
        String ossSecret = rsa.decrypt("mrpmG/I7xqagoUV+xNGYuhpqDFkPWDbggKXzhY/IYAsyfs8HMsiHoOPkfYPIWOF52H6TxbmMmrTFoJCLzOfeYA4UgKKhBnR8PAqBphyzP4GUdpLO08pSuFfD2j8gRB7h7hO5WLswRqF42vw47e7nytUjilLptiS6LQ0Gigz1PsM="); // tfl-eval-not: hardcoded-credential
        String webhookSecret = AesUtil.decrypt("rbL4StHoRN5vopk2ptsOEizriQ9X87Mz", System.getenv("APP_AES_KEY")); // tfl-eval-not: hardcoded-credential
        String apiSecret = "TP1GMnDlMi_Cl5jvkc2aJTcz"; // tfl-eval: hardcoded-credential
        return Map.of("oss", ossSecret, "webhook", webhookSecret, "api", apiSecret);
    }
}
