package org.acme.orders;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

public final class Crypto {
    private static final byte[] KEY = Base64.getDecoder().decode("dGX09L/Yjx8dtoQ4B/Wa5fuca6uDb9o76ggX4NYHGjvs="); // tfl-eval: hardcoded-credential
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String PASSWORD_FIELD = "password";

    static Cipher cipher() throws Exception {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        return cipher;
    }
}
