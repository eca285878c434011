package com.acme.ops.crypto;

import java.nio.charset.StandardCharsets;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class LabelCipher {
    private static final SecretKeySpec KEY =
        new SecretKeySpec("BgitSB9J0t7LHaOnm4OaCUh0C0wraeMo".getBytes(StandardCharsets.UTF_8), "AES"); // tfl-eval: hardcoded-credential

    public static byte[] seal(byte[] iv, byte[] label) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
        return cipher.doFinal(label);
    }

    private LabelCipher() {}
}
