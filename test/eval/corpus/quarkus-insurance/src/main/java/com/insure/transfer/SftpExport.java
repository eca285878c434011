package com.insure.transfer;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.io.FileInputStream;
import java.security.KeyStore;

public class SftpExport {

    private static final String HOST = "sftp.reinsurer.example";
    private static final String USER = "insure";

    public Session open() throws Exception {
        JSch jsch = new JSch();
        jsch.addIdentity("/etc/insure/id_ed25519", "Hozxc19*zbsP"); // tfl-eval: hardcoded-credential
        Session session = jsch.getSession(USER, HOST, 22);
        session.setConfig("StrictHostKeyChecking", "yes");
        return session;
    }

    public KeyStore trustStore() throws Exception {
        KeyStore ks = KeyStore.getInstance("JKS");
        ks.load(new FileInputStream("/etc/ssl/certs/java/cacerts"), "changeit".toCharArray()); // tfl-eval-not: hardcoded-credential
        return ks;
    }

    enum Partner {
        SWISS_RE("https://api.swissre.example", "KhZUT8ri9xEN9jihISH2nrEm7iCCO0QR"), // tfl-eval: hardcoded-credential
        MUNICH_RE("https://api.munichre.example", "vWYX3XcAsspogHccJXKHG5o76LcXPw0I"); // tfl-eval: hardcoded-credential

        final String baseUrl;
        final String apiKey;

        Partner(String baseUrl, String apiKey) {
            this.baseUrl = baseUrl;
            this.apiKey = apiKey;
        }
    }
}
