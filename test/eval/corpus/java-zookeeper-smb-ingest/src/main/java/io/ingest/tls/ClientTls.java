package io.ingest.tls;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public final class ClientTls {
    private ClientTls() {}

    public static SSLContext context() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/ingest/client.p12")) {
            ks.load(in, "8GkdTBLjisL7aB2iXU".toCharArray()); // tfl-eval: hardcoded-credential
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, System.getenv("CLIENT_KEY_PASSWORD").toCharArray()); // tfl-eval-not: hardcoded-credential
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
