package gov.city.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.city.permits.service.Signatures;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    // RFC 4231 test case 2.
    private static final String KEY = "Jefe"; // tfl-eval-not: hardcoded-credential

    @Test
    void matchesTheRfcVector() throws Exception {
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.hmacSha256(KEY, "what do ya want for nothing?"));
    }
}
