package com.acme.auth.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** One-off: writes an RSA key pair for the partner SSO integration; the operator uploads the public half. */
public final class KeyPairTool {
    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA"); // tfl-eval-not: per-process-secret
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(Path.of(args[0], "sso.pub"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.writeString(Path.of(args[0], "sso.key"), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }
}
