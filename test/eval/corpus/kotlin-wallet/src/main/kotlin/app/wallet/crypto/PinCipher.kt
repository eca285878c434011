package app.wallet.crypto

import java.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

class PinCipher {
    private val keyBytes = Base64.getDecoder().decode("AwRzRC6Un4097Tgezr1j6QUsav7ijUog+n95RHwGxO4=") // tfl-eval: hardcoded-credential
    private val iv = ByteArray(16)

    fun encrypt(pin: String): String {
        val cipher = Cipher.getInstance("AES/CBC/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(keyBytes, "AES"), IvParameterSpec(iv))
        return Base64.getEncoder().encodeToString(cipher.doFinal(pin.toByteArray()))
    }
}
