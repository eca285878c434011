package io.ledgerbird.sync.mail;

import java.io.FileInputStream;
import java.security.KeyStore;

public final class Keystores {

    private static final char[] SIGNING_STORE_PASSWORD = "VoToT5z0zqYhq01VRSbS".toCharArray(); // tfl-eval: hardcoded-credential
    private static final String STORE_TYPE = "PKCS12";

    private Keystores() {
    }

    public static KeyStore signing(String path) throws Exception {
        KeyStore store = KeyStore.getInstance(STORE_TYPE);
        try (var in = new FileInputStream(path)) {
            store.load(in, SIGNING_STORE_PASSWORD);
        }
        return store;
    }

    public static KeyStore trust(String path) throws Exception {
        KeyStore store = KeyStore.getInstance(STORE_TYPE);
        try (var in = new FileInputStream(path)) {
            store.load(in, System.getenv().getOrDefault("TRUSTSTORE_PASSWORD", "changeit").toCharArray()); // tfl-eval-not: hardcoded-credential
        }
        return store;
    }
}
