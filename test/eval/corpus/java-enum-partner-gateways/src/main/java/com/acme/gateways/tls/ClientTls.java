package com.acme.gateways.tls;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public final class ClientTls {
    private static final char[] STORE_PASSWORD = "XZ328DvnUegad2".toCharArray(); // tfl-eval: hardcoded-credential
    private static final String TRUSTSTORE_PASSWORD = "changeit"; // tfl-eval-not: hardcoded-credential

    private ClientTls() {}

    public static SSLContext forPartner(InputStream p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(p12, STORE_PASSWORD);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, STORE_PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
