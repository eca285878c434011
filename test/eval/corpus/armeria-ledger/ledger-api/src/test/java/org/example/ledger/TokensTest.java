package org.example.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;

class TokensTest {
    // NIST FIPS 180-2 example: SHA-256("abc").
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16")
            .withDatabaseName("ledger")
            .withUsername("ledger")
            .withPassword("ledger-test");

    @Test
    void sha256MatchesNistVector() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("abc".getBytes());
        assertEquals(ABC_SHA256, HexFormat.of().formatHex(digest));
    }
}
