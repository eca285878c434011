package org.shelfy.library.tls;

import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public final class TlsSetup {

    private static final String KEYSTORE_PATH = "/etc/library/keystore.p12";
    private static final String TRUSTSTORE_PASSWORD_PROP = "javax.net.ssl.trustStorePassword"; // tfl-eval-not: hardcoded-credential

    private TlsSetup() {}

    public static void installTrustStore() {
        System.setProperty("javax.net.ssl.trustStore", "/etc/library/truststore.jks");
        System.setProperty("javax.net.ssl.keyStorePassword", "Gijp!125yyfs3c"); // tfl-eval: hardcoded-credential
        System.setProperty(TRUSTSTORE_PASSWORD_PROP, System.getenv("TRUSTSTORE_PASSWORD")); // tfl-eval-not: hardcoded-credential
    }

    public static SSLContext clientContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(KEYSTORE_PATH)) {
            ks.load(in, "Polj@589m4k7".toCharArray()); // tfl-eval: hardcoded-credential
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "Lozr_672avia".toCharArray()); // tfl-eval: hardcoded-credential
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    public static KeyStore emptyStore() throws Exception {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null); // tfl-eval-not: hardcoded-credential
        return ks;
    }
}
