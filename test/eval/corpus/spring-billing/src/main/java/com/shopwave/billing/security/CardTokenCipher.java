package com.shopwave.billing.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts card tokens before they are stored. */
public final class CardTokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding"; // tfl-eval-not: hardcoded-credential
    private static final int IV_LENGTH = 12;
    private static final byte[] KEY = Base64.getDecoder().decode("WNhPIhwgjThDIenm3IDR3q9UR8U7Y5DeXAgzpBZOnPE="); // tfl-eval: hardcoded-credential
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardTokenCipher() {}

    public static String encrypt(String plain) throws GeneralSecurityException {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes());
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }
}
