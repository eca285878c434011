package io.payflow.payroll.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class BankGateway {

    @ConfigProperty(name = "payroll.bank.api-token")
    String apiToken;

    @ConfigProperty(name = "payroll.bank.signing-secret", defaultValue = "fEMbziQKNHNDHHa3T8Z6SXB92Yfx1ZRY") // tfl-eval: hardcoded-credential
    String signingSecret;

    @ConfigProperty(name = "payroll.bank.timeout", defaultValue = "30")
    int timeout;

    private static final byte[] IBAN_KEY = Base64.getDecoder().decode("MMZog82Q7WoLZZ6tlvop8Oot2GmXdY+Fti0u0pb9+s9="); // tfl-eval: hardcoded-credential

    public byte[] encryptIban(String iban) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(IBAN_KEY, "AES"));
        return cipher.doFinal(iban.getBytes());
    }

    public SecretKeySpec legacyKey() {
        return new SecretKeySpec("hhqQfbEmNfUZGZ40".getBytes(), "AES"); // tfl-eval: hardcoded-credential
    }
}
