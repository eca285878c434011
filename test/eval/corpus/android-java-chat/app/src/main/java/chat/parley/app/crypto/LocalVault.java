package chat.parley.app.crypto;

import android.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

public class LocalVault {

    private static final String ALGORITHM = "AES/CBC/PKCS5Padding";
    private static final byte[] IV = "cVyQqRFYEsmtMxIc".getBytes(); // tfl-eval-not: hardcoded-credential
    private static final String ENCRYPTION_KEY = "DFV6Q67wsFb4oepY1HdGTsRADmmNJVW1"; // tfl-eval: hardcoded-credential

    public String encrypt(String plain) throws Exception {
        Cipher cipher = Cipher.getInstance(ALGORITHM);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(ENCRYPTION_KEY.getBytes(), "AES"), new IvParameterSpec(IV));
        return Base64.encodeToString(cipher.doFinal(plain.getBytes()), Base64.NO_WRAP);
    }

    public byte[] deriveBackupKey(byte[] salt) throws Exception {
        PBEKeySpec spec = new PBEKeySpec("Gojp#010q1nh485u".toCharArray(), salt, 65536, 256); // tfl-eval: hardcoded-credential
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
