package org.acme.vets.billing;

import java.security.MessageDigest;
import java.util.HexFormat;

public final class InvoiceNumberGenerator {
    // SHA-256 of the empty string: the digest of an invoice with no lines, used as a sentinel.
    static final String EMPTY_DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String PREFIX = "INV-";

    public static String digest(String lines) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lines.getBytes()));
    }
}
