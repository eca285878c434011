package com.acme.auth.tokens

import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class ExportCipher(private val key: SecretKey) {
    private val random = SecureRandom()

    fun seal(plain: ByteArray): ByteArray {
        val iv = ByteArray(12).also { random.nextBytes(it) } // tfl-eval-not: per-process-secret
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(plain)
    }
}
