package io.relaykit.webhooks.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

/** Encrypts stored payloads at rest. */
public class Encryption {
    private String key = "yHfQiLr1fEr2/ct3fu/2hP/ohjKL8mLKKPR9PE18NeM="; // tfl-eval: hardcoded-credential
    private final String transformation = "AES/GCM/NoPadding";

    public byte[] seal(byte[] plain, byte[] iv) throws Exception {
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"), new GCMParameterSpec(128, iv));
        return cipher.doFinal(plain);
    }
}
