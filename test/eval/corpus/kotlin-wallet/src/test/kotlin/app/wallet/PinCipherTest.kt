package app.wallet

import app.wallet.crypto.PinCipher
import kotlin.test.Test
import kotlin.test.assertNotEquals

class PinCipherTest {
    private val testSecret = "unit-test-secret" // tfl-eval-not: hardcoded-credential

    @Test
    fun `encrypts pins`() {
        assertNotEquals("1234", PinCipher().encrypt("1234"))
        assertNotEquals("", testSecret)
    }
}
